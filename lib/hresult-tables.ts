/**
 * Reference data for decoding HRESULTs, Win32 errors and AADSTS codes.
 *
 * Symbol names and numbers are copied from the sources in HRESULT_TABLE_SOURCES;
 * nothing here is guessed. Meanings are short paraphrases so the site does not
 * reproduce Microsoft's wording. Where two Microsoft sources disagree, both
 * readings are kept and the disagreement is spelled out in the meaning, because
 * admins will meet both numbers in the wild.
 */

export type SourceId =
  | 'mdmreg'
  | 'mobile-enrollment'
  | 'entra-mdm'
  | 'hybrid-join'
  | 'entra-vm'
  | 'comanage'
  | 'intune-enrollment'
  | 'autopilot'
  | 'wu'
  | 'win32'
  | 'wininet'
  | 'winerror'
  | 'aadsts';

export interface TableSource {
  id: SourceId;
  title: string;
  url: string;
}

export const HRESULT_TABLE_SOURCES: readonly TableSource[] = [
  {
    id: 'mdmreg',
    title: 'MDM Registration Error Values (MDMRegistration.h)',
    url: 'https://learn.microsoft.com/windows/win32/mdmreg/mdm-registration-constants',
  },
  {
    id: 'mobile-enrollment',
    title: 'Mobile device enrollment: enrollment error messages',
    url: 'https://learn.microsoft.com/windows/client-management/mobile-device-enrollment',
  },
  {
    id: 'entra-mdm',
    title: 'Microsoft Entra integration with MDM: error codes',
    url: 'https://learn.microsoft.com/windows/client-management/azure-active-directory-integration-with-mdm',
  },
  {
    id: 'hybrid-join',
    title: 'Troubleshoot Microsoft Entra hybrid joined devices',
    url: 'https://learn.microsoft.com/entra/identity/devices/troubleshoot-hybrid-join-windows-current',
  },
  {
    id: 'entra-vm',
    title: 'Sign in to a Windows virtual machine in Azure by using Microsoft Entra ID',
    url: 'https://learn.microsoft.com/entra/identity/devices/howto-vm-sign-in-azure-ad-windows',
  },
  {
    id: 'comanage',
    title: 'How to monitor co-management: enrollment errors',
    url: 'https://learn.microsoft.com/mem/configmgr/comanage/how-to-monitor',
  },
  {
    id: 'intune-enrollment',
    title: 'Troubleshoot device enrollment in Microsoft Intune (general enrollment error codes)',
    url: 'https://learn.microsoft.com/mem/intune/enrollment/troubleshoot-device-enrollment-in-intune',
  },
  {
    id: 'autopilot',
    title: 'Windows Autopilot known issues',
    url: 'https://learn.microsoft.com/autopilot/known-issues',
  },
  {
    id: 'wu',
    title: 'Windows Update error code reference',
    url: 'https://learn.microsoft.com/windows/deployment/update/windows-update-error-reference',
  },
  {
    id: 'win32',
    title: 'System Error Codes (WinError.h)',
    url: 'https://learn.microsoft.com/windows/win32/debug/system-error-codes',
  },
  {
    id: 'wininet',
    title: 'WinINet error codes (WinInet.h)',
    url: 'https://learn.microsoft.com/windows/win32/wininet/wininet-errors',
  },
  {
    id: 'winerror',
    title: '[MS-ERREF] HRESULT layout and facility codes',
    url: 'https://learn.microsoft.com/openspecs/windows_protocols/ms-erref/0642cb2f-2075-4469-918c-4441e69c548a',
  },
  {
    id: 'aadsts',
    title: 'Microsoft Entra authentication and authorization error codes',
    url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
  },
];

/* ------------------------------------------------------------------ facilities */

export interface FacilityEntry {
  code: number;
  name: string;
  note?: string;
}

/**
 * Facility numbers from winerror.h, plus the ones enrollment code paths use.
 * 24 and 25 are WINDOWS_CE and HTTP in winerror.h, but MDMRegistration.h reuses
 * them (DEVICE_ENROLLER_FACILITY_CODE, MDM_REGISTRATION_FACILITY_CODE) and in this
 * domain that is the only reading that matters.
 */
export const FACILITIES: readonly FacilityEntry[] = [
  { code: 0, name: 'NULL', note: 'Generic codes with no owning component (E_UNEXPECTED, E_FAIL, ...).' },
  { code: 1, name: 'RPC' },
  { code: 2, name: 'DISPATCH', note: 'COM IDispatch / automation.' },
  { code: 3, name: 'STORAGE', note: 'COM structured storage.' },
  { code: 4, name: 'ITF', note: 'Interface-specific; the meaning depends on the component that returned it.' },
  { code: 7, name: 'WIN32', note: 'A Win32 error code wrapped as an HRESULT; the low 16 bits are the Win32 code.' },
  { code: 8, name: 'WINDOWS' },
  { code: 9, name: 'SECURITY', note: 'Security / SSPI (also FACILITY_SSPI), including NTE_* crypto errors.' },
  { code: 10, name: 'CONTROL' },
  { code: 11, name: 'CERT', note: 'Certificates and trust (CERT_E_*, TRUST_E_*).' },
  { code: 12, name: 'INTERNET' },
  { code: 15, name: 'SETUPAPI' },
  { code: 16, name: 'SCARD', note: 'Smart cards.' },
  { code: 17, name: 'COMPLUS' },
  { code: 19, name: 'URT', note: '.NET runtime.' },
  {
    code: 24,
    name: 'MDM enrollment',
    note: 'DEVICE_ENROLLER_FACILITY_CODE in MDMRegistration.h (winerror.h names 24 FACILITY_WINDOWS_CE).',
  },
  {
    code: 25,
    name: 'MDM registration',
    note: 'MDM_REGISTRATION_FACILITY_CODE in MDMRegistration.h (winerror.h names 25 FACILITY_HTTP).',
  },
  { code: 27, name: 'WER', note: 'Windows Error Reporting.' },
  {
    code: 28,
    name: 'Device registration',
    note: 'Used by the Entra device registration client (dsreg, DSREG_E_*); not named in winerror.h.',
  },
  { code: 32, name: 'BACKGROUNDCOPY', note: 'BITS.' },
  { code: 33, name: 'CONFIGURATION' },
  { code: 36, name: 'WINDOWSUPDATE' },
  { code: 37, name: 'DIRECTORYSERVICE' },
  { code: 40, name: 'TPM_SERVICES' },
  { code: 41, name: 'TPM_SOFTWARE' },
  { code: 80, name: 'WINDOWS_DEFENDER' },
  {
    code: 0xcf,
    name: 'Legacy Intune PC agent',
    note: 'Used by the retired Intune PC client software; not named in winerror.h.',
  },
];

/* -------------------------------------------------------------------- families */

export interface HresultFamily {
  /** The upper 16 bits shared by every code of the family, e.g. 0x8018. */
  high: number;
  name: string;
  prefix: string | null;
  note: string;
}

export const HRESULT_FAMILIES: readonly HresultFamily[] = [
  {
    high: 0x8018,
    name: 'MDM enrollment',
    prefix: 'MENROLL_E_',
    note: 'Raised by the Windows MDM enrollment client (Windows 10 and later) or relayed from the enrollment server, for example Intune.',
  },
  {
    high: 0x0018,
    name: 'MDM enrollment (success)',
    prefix: 'MENROLL_S_',
    note: 'Success or informational results of the Windows MDM enrollment client.',
  },
  {
    high: 0x8019,
    name: 'MDM registration',
    prefix: 'MREGISTER_E_',
    note: 'The older MDM registration range from Windows 8.x; Windows 10 and later mostly report the 0x8018 equivalents.',
  },
  {
    high: 0x801c,
    name: 'Device registration (Entra join)',
    prefix: 'DSREG_E_',
    note: 'Raised while the device joins or registers with Microsoft Entra ID (dsregcmd, User Device Registration event log).',
  },
  {
    high: 0x80cf,
    name: 'Legacy Intune PC client (agent)',
    prefix: null,
    note: 'From the retired Intune PC client software, not from MDM enrollment.',
  },
  {
    high: 0x8024,
    name: 'Windows Update',
    prefix: 'WU_E_',
    note: 'Windows Update Agent failures, also seen when Intune update rings or app installs depend on Windows Update.',
  },
  {
    high: 0x0024,
    name: 'Windows Update (success)',
    prefix: 'WU_S_',
    note: 'Windows Update Agent success or informational results, such as a pending restart.',
  },
  {
    high: 0x8007,
    name: 'Win32 error',
    prefix: null,
    note: 'A plain Win32 error wrapped as an HRESULT: the low 16 bits are the Win32 error number.',
  },
];

/* ----------------------------------------------------------- HRESULT symbols */

export interface HresultSymbolEntry {
  value: number;
  /** Null when the source gives a meaning but no symbolic name. */
  symbol: string | null;
  /** Other spellings of the same constant in Microsoft headers or docs. */
  aliases?: string[];
  meaning: string;
  source: SourceId;
}

export const HRESULT_SYMBOLS: readonly HresultSymbolEntry[] = [
  // MENROLL_E_* / MENROLL_S_*: names as in winerror.h (Windows SDK 10.0.22621);
  // MDMRegistration.h spells some of them differently, kept as aliases.
  { value: 0x80180001, symbol: 'MENROLL_E_DEVICE_MESSAGE_FORMAT_ERROR', meaning: 'The MDM server sent a message the client could not parse.', source: 'mdmreg' },
  { value: 0x80180002, symbol: 'MENROLL_E_DEVICE_AUTHENTICATION_ERROR', meaning: 'The MDM server could not authenticate the user (often: no usable Entra token for the user).', source: 'mdmreg' },
  { value: 0x80180003, symbol: 'MENROLL_E_DEVICE_AUTHORIZATION_ERROR', meaning: 'The user is not allowed to enroll this device.', source: 'mdmreg' },
  { value: 0x80180004, symbol: 'MENROLL_E_DEVICE_CERTIFICATEREQUEST_ERROR', aliases: ['MENROLL_E_DEVICE_CERTIFCATEREQUEST_ERROR'], meaning: 'The certificate request failed: no permission on the template, or the CA is unreachable.', source: 'mdmreg' },
  { value: 0x80180005, symbol: 'MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR', meaning: 'The management server hit an internal failure, such as a database error.', source: 'mdmreg' },
  { value: 0x80180006, symbol: 'MENROLL_E_DEVICE_INTERNALSERVICE_ERROR', meaning: 'The MDM server had an unhandled exception.', source: 'mdmreg' },
  { value: 0x80180007, symbol: 'MENROLL_E_DEVICE_INVALIDSECURITY_ERROR', meaning: 'The MDM server could not validate the account.', source: 'mobile-enrollment' },
  { value: 0x80180008, symbol: 'MENROLL_E_DEVICE_UNKNOWN_ERROR', meaning: 'The MDM server returned an unspecified error.', source: 'mdmreg' },
  { value: 0x80180009, symbol: 'MENROLL_E_ENROLLMENT_IN_PROGRESS', meaning: 'Another enrollment is already running on the device.', source: 'mdmreg' },
  { value: 0x8018000a, symbol: 'MENROLL_E_DEVICE_ALREADY_ENROLLED', meaning: 'The device is already enrolled (possibly by another user or another MDM).', source: 'mdmreg' },
  { value: 0x8018000b, symbol: 'MENROLL_E_DEVICE_NOT_ENROLLED', meaning: 'The device is not enrolled.', source: 'mdmreg' },
  { value: 0x8018000d, symbol: 'MENROLL_E_DISCOVERY_SEC_CERT_DATE_INVALID', meaning: 'During discovery a server certificate was outside its validity dates (check the device clock).', source: 'mdmreg' },
  { value: 0x8018000e, symbol: 'MENROLL_E_PASSWORD_NEEDED', meaning: 'A password was required but none was supplied.', source: 'mdmreg' },
  { value: 0x8018000f, symbol: 'MENROLL_E_WAB_ERROR', meaning: 'The web sign-in (web authentication broker) step of enrollment failed.', source: 'mdmreg' },
  { value: 0x80180010, symbol: 'MENROLL_E_CONNECTIVITY', meaning: 'A network problem, such as DNS failure or a timeout, stopped enrollment.', source: 'mdmreg' },
  { value: 0x00180011, symbol: 'MENROLL_S_ENROLLMENT_SUSPENDED', meaning: 'Enrollment was suspended (no longer used).', source: 'mdmreg' },
  { value: 0x80180012, symbol: 'MENROLL_E_INVALIDSSLCERT', meaning: 'The server TLS certificate was not valid.', source: 'mdmreg' },
  { value: 0x80180013, symbol: 'MENROLL_E_DEVICECAPREACHED', meaning: 'The user has reached the device enrollment limit; remove old devices or raise the limit.', source: 'mdmreg' },
  { value: 0x80180014, symbol: 'MENROLL_E_DEVICENOTSUPPORTED', meaning: 'The server does not support this platform or OS version (or a restriction blocks it).', source: 'mdmreg' },
  { value: 0x80180015, symbol: 'MENROLL_E_NOT_SUPPORTED', aliases: ['MENROLL_E_NOTSUPPORTED'], meaning: 'MDM is not supported for this device at all.', source: 'mdmreg' },
  { value: 0x80180016, symbol: 'MENROLL_E_NOTELIGIBLETORENEW', aliases: ['MREGISTER_E_NOTELIGIBLETORENEW'], meaning: 'The server refused a certificate renewal; check the device time, re-enrolling may fix it.', source: 'mdmreg' },
  { value: 0x80180017, symbol: 'MENROLL_E_INMAINTENANCE', meaning: 'The service account is in maintenance; try again later.', source: 'mdmreg' },
  { value: 0x80180018, symbol: 'MENROLL_E_USER_LICENSE', aliases: ['MENROLL_E_USERLICENSE'], meaning: "The user's license is missing or in a bad state, which blocks enrollment.", source: 'mdmreg' },
  { value: 0x80180019, symbol: 'MENROLL_E_ENROLLMENTDATAINVALID', meaning: 'The server rejected the enrollment data; it may be misconfigured.', source: 'mdmreg' },
  { value: 0x8018001a, symbol: 'MENROLL_E_INSECUREREDIRECT', meaning: 'The server redirected to HTTP instead of HTTPS and the client refused.', source: 'mdmreg' },
  { value: 0x8018001b, symbol: 'MENROLL_E_PLATFORM_WRONG_STATE', meaning: 'The operation does not fit the current state, e.g. enrolling twice or unenrolling an unknown enrollment.', source: 'mdmreg' },
  { value: 0x8018001c, symbol: 'MENROLL_E_PLATFORM_LICENSE_ERROR', meaning: 'This Windows edition does not support this enrollment type.', source: 'mdmreg' },
  { value: 0x8018001d, symbol: 'MENROLL_E_PLATFORM_UNKNOWN_ERROR', meaning: 'An unspecified error on the client.', source: 'mdmreg' },
  { value: 0x8018001e, symbol: 'MENROLL_E_PROV_CSP_CERTSTORE', meaning: 'Provisioning failed in the CertificateStore CSP.', source: 'mdmreg' },
  { value: 0x8018001f, symbol: 'MENROLL_E_PROV_CSP_W7', meaning: 'Provisioning failed in the W7 / DMAcc configuration.', source: 'mdmreg' },
  { value: 0x80180020, symbol: 'MENROLL_E_PROV_CSP_DMCLIENT', meaning: 'Provisioning failed in the DMClient CSP.', source: 'mdmreg' },
  { value: 0x80180021, symbol: 'MENROLL_E_PROV_CSP_PFW', meaning: 'Provisioning failed in the PassportForWork (Windows Hello for Business) CSP.', source: 'mdmreg' },
  { value: 0x80180022, symbol: 'MENROLL_E_PROV_CSP_MISC', meaning: 'Provisioning failed in some other CSP.', source: 'mdmreg' },
  { value: 0x80180023, symbol: 'MENROLL_E_PROV_UNKNOWN', meaning: 'Provisioning failed without naming a CSP.', source: 'mdmreg' },
  { value: 0x80180024, symbol: 'MENROLL_E_PROV_SSLCERTNOTFOUND', meaning: 'The public certificate to bind to the private key was not found (possibly the wrong store was targeted).', source: 'mdmreg' },
  { value: 0x80180025, symbol: 'MENROLL_E_PROV_CSP_APPMGMT', meaning: 'Provisioning failed in the EnterpriseAppManagement CSP.', source: 'mdmreg' },
  { value: 0x80180026, symbol: 'MENROLL_E_DEVICE_MANAGEMENT_BLOCKED', meaning: 'MDM enrollment is blocked on the device, e.g. by Group Policy or a management agent that claims the device.', source: 'mdmreg' },
  { value: 0x80180027, symbol: 'MENROLL_E_CERTPOLICY_PRIVATEKEYCREATION_FAILED', meaning: 'The client could not create the private key.', source: 'mdmreg' },
  { value: 0x80180028, symbol: 'MENROLL_E_CERTAUTH_FAILED_TO_FIND_CERT', meaning: 'Certificate authentication was requested but no suitable certificate was found.', source: 'mdmreg' },
  { value: 0x80180029, symbol: 'MENROLL_E_EMPTY_MESSAGE', meaning: 'The server answered HTTP 200 with an empty body.', source: 'mdmreg' },
  // MDMRegistration.h defines MENROLL_E_USER_CANCELED as code 42 (0x8018002A); the
  // co-management table lists 0x8018002A as "user canceled" and 0x8018002B as
  // MENROLL_E_MDM_NOT_CONFIGURED. winerror.h and the MDM Registration Error Values
  // page instead put them at 0x80180030 / 0x80180031. Windows logs report 0x8018002B.
  { value: 0x8018002a, symbol: 'MENROLL_E_USER_CANCELED', meaning: 'The user canceled enrollment, e.g. ignored the MFA prompt of an automatic enrollment.', source: 'comanage' },
  { value: 0x8018002b, symbol: 'MENROLL_E_MDM_NOT_CONFIGURED', meaning: 'Automatic enrollment found MDM not (yet) configured for the user in Entra ID; often transient, also seen with unverified UPN suffixes.', source: 'comanage' },
  { value: 0x80180030, symbol: 'MENROLL_E_USER_CANCELLED', aliases: ['MENROLL_E_USER_CANCELED'], meaning: 'User canceled, as numbered in winerror.h; MDMRegistration.h and Windows use 0x8018002A for this.', source: 'mdmreg' },
  { value: 0x80180031, symbol: 'MENROLL_E_MDM_NOT_CONFIGURED', meaning: 'MDM not configured, as numbered in winerror.h; Windows event logs report this condition as 0x8018002B.', source: 'mdmreg' },
  { value: 0x80180032, symbol: 'MENROLL_E_CUSTOMSERVERERROR', meaning: 'The server returned its own error text; see the DeviceManagement-Enterprise-Diagnostics-Provider log.', source: 'mdmreg' },
  { value: 0x80180033, symbol: 'MENROLL_E_SERVER429', meaning: 'The server asked the client to come back later (HTTP 429, throttled).', source: 'mdmreg' },

  // MREGISTER_E_*: the Windows 8.x registration range, defined in MDMRegistration.h.
  { value: 0x80190001, symbol: 'MREGISTER_E_DEVICE_MESSAGE_FORMAT_ERROR', meaning: 'The server sent a message the client could not parse.', source: 'mdmreg' },
  { value: 0x80190002, symbol: 'MREGISTER_E_DEVICE_AUTHENTICATION_ERROR', meaning: 'The server could not authenticate the user.', source: 'mdmreg' },
  { value: 0x80190003, symbol: 'MREGISTER_E_DEVICE_AUTHORIZATION_ERROR', meaning: 'The user is not allowed to enroll.', source: 'mdmreg' },
  { value: 0x80190004, symbol: 'MREGISTER_E_DEVICE_CERTIFCATEREQUEST_ERROR', meaning: 'No permission on the certificate template, or the CA is unreachable.', source: 'mdmreg' },
  { value: 0x80190005, symbol: 'MREGISTER_E_DEVICE_CONFIGMGRSERVER_ERROR', meaning: 'The management server hit an internal failure.', source: 'mdmreg' },
  { value: 0x80190006, symbol: 'MREGISTER_E_DEVICE_INTERNALSERVICE_ERROR', meaning: 'The server had an unhandled exception.', source: 'mdmreg' },
  { value: 0x80190007, symbol: 'MREGISTER_E_DEVICE_INVALIDSECURITY_ERROR', meaning: 'The server could not validate the account.', source: 'mdmreg' },
  { value: 0x80190008, symbol: 'MREGISTER_E_DEVICE_UNKNOWN_ERROR', meaning: 'Unspecified server error.', source: 'mdmreg' },
  { value: 0x80190009, symbol: 'MREGISTER_E_REGISTRATION_IN_PROGRESS', meaning: 'Another registration is already running.', source: 'mdmreg' },
  { value: 0x8019000a, symbol: 'MREGISTER_E_DEVICE_ALREADY_REGISTERED', meaning: 'The device is already registered (Windows 8.1; no longer used).', source: 'mdmreg' },
  { value: 0x8019000b, symbol: 'MREGISTER_E_DEVICE_NOT_REGISTERED', meaning: 'The device is not registered (Windows 8.1; no longer used).', source: 'mdmreg' },
  { value: 0x8019000c, symbol: 'MREGISTER_E_DISCOVERY_REDIRECTED', meaning: 'Discovery needs a redirect (Windows 8.1; no longer used).', source: 'mdmreg' },
  { value: 0x8019000d, symbol: 'MREGISTER_E_DEVICE_NOT_AD_REGISTERED_ERROR', meaning: 'The device is not registered with Active Directory (Windows 8.1; no longer used).', source: 'mdmreg' },
  { value: 0x8019000e, symbol: 'MREGISTER_E_DISCOVERY_FAILED', meaning: 'Discovery failed (Windows 8.1; no longer used).', source: 'mdmreg' },
  { value: 0x801901ad, symbol: null, meaning: 'Generic HTTP problem during automatic enrollment (co-management).', source: 'comanage' },
  { value: 0x80192ee2, symbol: null, meaning: 'Internet timeout during automatic enrollment; usually transient connectivity to the cloud.', source: 'comanage' },
  { value: 0x80192ee7, symbol: null, meaning: 'The service name could not be resolved during automatic enrollment; check DNS.', source: 'comanage' },

  // DSREG_*: device registration (Entra join).
  { value: 0x801c0001, symbol: 'DSREG_E_DEVICE_MESSAGE_FORMAT_ERROR', meaning: 'The registration service sent a message the client could not parse.', source: 'entra-mdm' },
  { value: 0x801c0002, symbol: 'DSREG_E_DEVICE_AUTHENTICATION_ERROR', meaning: 'The registration service (DRS) returned an authentication error for the account or device.', source: 'hybrid-join' },
  { value: 0x801c0003, symbol: 'DSREG_E_DEVICE_AUTHORIZATION_ERROR', meaning: 'The user is not authorized to join or register devices.', source: 'entra-mdm' },
  { value: 0x801c0006, symbol: 'DSREG_E_DEVICE_INTERNALSERVICE_ERROR', meaning: 'The registration service returned an internal service error.', source: 'hybrid-join' },
  { value: 0x801c000b, symbol: 'DSREG_E_DISCOVERY_REDIRECTION_NOT_TRUSTED', meaning: 'Discovery was redirected to a server the client does not trust.', source: 'entra-mdm' },
  { value: 0x801c000c, symbol: 'DSREG_E_DISCOVERY_FAILED', meaning: 'Discovery of the registration service failed.', source: 'entra-mdm' },
  { value: 0x801c000e, symbol: 'DSREG_E_DEVICE_REGISTRATION_QUOTA_EXCCEEDED', meaning: 'The user has reached the limit of devices they may join or register.', source: 'entra-mdm' },
  { value: 0x801c000f, symbol: 'DSREG_E_DEVICE_REQUIRES_REBOOT', meaning: 'A restart is needed to finish device registration.', source: 'entra-mdm' },
  { value: 0x801c0010, symbol: 'DSREG_E_DEVICE_AIK_VALIDATION_ERROR', meaning: 'The TPM attestation identity key (AIK) certificate failed validation.', source: 'entra-mdm' },
  { value: 0x801c0011, symbol: 'DSREG_E_DEVICE_ATTESTATION_ERROR', meaning: 'Device (TPM) attestation failed.', source: 'entra-mdm' },
  { value: 0x801c0012, symbol: 'DSREG_E_DISCOVERY_BAD_MESSAGE_ERROR', meaning: 'The discovery response could not be parsed.', source: 'entra-mdm' },
  { value: 0x801c0013, symbol: 'DSREG_E_TENANTID_NOT_FOUND', meaning: 'The tenant ID could not be found.', source: 'entra-mdm' },
  { value: 0x801c0014, symbol: 'DSREG_E_USERSID_NOT_FOUND', meaning: "The user's SID could not be found.", source: 'entra-mdm' },
  { value: 0x801c001d, symbol: 'DSREG_AUTOJOIN_ADCONFIG_READ_FAILED', meaning: 'The service connection point (SCP) or the computer object in AD could not be read.', source: 'hybrid-join' },
  { value: 0x801c001f, symbol: 'DSREG_AUTOJOIN_DISC_WAIT_TIMEOUT', meaning: 'Discovery timed out; enterpriseregistration.windows.net must be reachable as SYSTEM.', source: 'hybrid-join' },
  { value: 0x801c0021, symbol: 'DSREG_AUTOJOIN_DISC_FAILED', meaning: 'Generic discovery failure; the sub-error tells the real cause.', source: 'hybrid-join' },
  { value: 0x801c0025, symbol: 'DSREG_SERVER_BUSY', meaning: 'The registration service answered HTTP 503; retry later.', source: 'hybrid-join' },
  { value: 0x801c003a, symbol: 'DSREG_DISCOVERY_TENANT_NOT_FOUND', meaning: 'The SCP points at a wrong tenant ID, or the tenant has no active subscription.', source: 'hybrid-join' },
  { value: 0x801c003d, symbol: 'DSREG_AUTOJOIN_USERREALM_DISCOVERY_FAILED', meaning: 'Realm discovery failed (managed vs federated could not be determined); see the sub-error.', source: 'hybrid-join' },
  { value: 0x801c0042, symbol: 'DSREG_E_MSI_TENANTID_UNAVAILABLE', meaning: 'The tenant ID could not be read from the Azure instance metadata service (AADLoginForWindows VM extension).', source: 'entra-vm' },
  { value: 0x801c03ea, symbol: null, meaning: 'TPM attestation failed, so joining Entra ID with a device token failed (Autopilot self-deploying / pre-provisioning).', source: 'autopilot' },
  { value: 0x801c03f2, symbol: 'DSREG_E_DIRECTORY_FAILURE', meaning: 'The registration service returned DirectoryError; read the server error code and message.', source: 'hybrid-join' },
  { value: 0x801c03f3, symbol: null, meaning: 'Entra ID cannot find the device object (for example it was deleted); re-register the device.', source: 'autopilot' },

  // Legacy Intune PC client (agent): the source gives meanings but no symbols.
  { value: 0x80cf0437, symbol: null, meaning: 'The PC clock or time zone is wrong.', source: 'intune-enrollment' },
  { value: 0x80cf0438, symbol: null, meaning: 'Cannot reach the Intune service; check proxy settings and Internet access.', source: 'intune-enrollment' },
  { value: 0x80cf0440, symbol: null, meaning: 'The connection to the service endpoint ended; the account is suspended.', source: 'intune-enrollment' },
  { value: 0x80cf3001, symbol: null, meaning: 'The client enrollment package is out of date.', source: 'intune-enrollment' },
  { value: 0x80cf3002, symbol: null, meaning: 'The account is in maintenance mode.', source: 'intune-enrollment' },
  { value: 0x80cf3003, symbol: null, meaning: 'The account was deleted.', source: 'intune-enrollment' },
  { value: 0x80cf3004, symbol: null, meaning: 'The client enrollment package is out of date.', source: 'intune-enrollment' },
  { value: 0x80cf3005, symbol: null, meaning: 'The computer was retired; wait, remove old client software, retry.', source: 'intune-enrollment' },
  { value: 0x80cf3006, symbol: null, meaning: 'The account has used all of its seats.', source: 'intune-enrollment' },
  { value: 0x80cf3007, symbol: null, meaning: 'The certificate file is not next to the installer.', source: 'intune-enrollment' },
  { value: 0x80cf3008, symbol: null, meaning: 'The Microsoft Online Management Updates service did not start.', source: 'intune-enrollment' },
  { value: 0x80cf3009, symbol: null, meaning: 'The computer is already enrolled; retire it first.', source: 'intune-enrollment' },
  { value: 0x80cf300b, symbol: null, meaning: 'This Windows version is not supported by the client software.', source: 'intune-enrollment' },
  { value: 0x80cf402c, symbol: null, meaning: 'Cannot reach the Intune service; check the network connection and proxy.', source: 'intune-enrollment' },
  { value: 0x80cfd015, symbol: null, meaning: 'A restart is pending, so the client software cannot install.', source: 'intune-enrollment' },

  // Windows Update.
  { value: 0x00240005, symbol: 'WU_S_REBOOT_REQUIRED', meaning: 'Installed, but a restart is needed to finish.', source: 'wu' },
  { value: 0x80240438, symbol: 'WU_E_PT_ENDPOINT_UNREACHABLE', meaning: 'No network route to the update endpoint (often a proxy or WSUS setting).', source: 'wu' },
  { value: 0x8024d00e, symbol: 'WU_E_SETUP_REBOOTREQUIRED', meaning: 'Windows Update Agent setup needs a restart.', source: 'wu' },
  { value: 0x8024d015, symbol: null, meaning: 'A restart is pending, so the software cannot install.', source: 'intune-enrollment' },

  // Generic and Win32-wrapped codes that the enrollment sources call out.
  { value: 0x8000ffff, symbol: 'E_UNEXPECTED', meaning: 'Unexpected failure; during auto-enrollment it usually means MDM is not configured in Entra ID or the enrollment URL is wrong.', source: 'comanage' },
  { value: 0x80070032, symbol: null, meaning: 'Not supported; for co-management auto-enrollment, the Windows version is too old.', source: 'comanage' },
  { value: 0x800705b4, symbol: null, meaning: 'Timeout; in Autopilot self-deploying mode often a device without TPM 2.0 (such as a VM).', source: 'autopilot' },
  { value: 0x80070bc2, symbol: null, meaning: 'A restart is pending, so the software cannot install.', source: 'intune-enrollment' },
  { value: 0x80070bc9, symbol: null, meaning: 'A restart is pending, so the software cannot install.', source: 'intune-enrollment' },
  { value: 0x80072ee2, symbol: 'WININET_E_TIMEOUT', meaning: 'The network request timed out.', source: 'hybrid-join' },
  { value: 0x80072ee7, symbol: 'WININET_E_NAME_NOT_RESOLVED', meaning: 'The server name could not be resolved (DNS).', source: 'hybrid-join' },
  { value: 0x80072efd, symbol: 'WININET_E_CANNOT_CONNECT', meaning: 'No connection to the server could be made.', source: 'hybrid-join' },
  { value: 0x80072efe, symbol: 'WININET_E_CONNECTION_ABORTED', meaning: 'The connection to the server was cut off.', source: 'hybrid-join' },
  { value: 0x80072f8f, symbol: 'WININET_E_DECODING_FAILED', meaning: 'The response could not be decoded; a proxy may be altering it.', source: 'hybrid-join' },
  { value: 0x80090016, symbol: 'NTE_BAD_KEYSET', meaning: 'The key set does not exist: the TPM was cleared, or the image was captured from a joined device.', source: 'hybrid-join' },
  { value: 0x80090031, symbol: 'NTE_AUTHENTICATION_IGNORED', meaning: 'The TPM is locked out; wait for the cool-down.', source: 'hybrid-join' },
  { value: 0x80280036, symbol: 'TPM_E_NOTFIPS', meaning: 'The TPM is in FIPS mode, which join does not support.', source: 'hybrid-join' },
  { value: 0x80290407, symbol: 'TPM_E_PCP_INTERNAL_ERROR', meaning: 'Generic TPM provider error.', source: 'hybrid-join' },
  { value: 0x81039001, symbol: 'E_AUTOPILOT_CLIENT_TPM_MAX_ATTESTATION_RETRY_EXCEEDED', meaning: 'TPM attestation kept failing during Autopilot; a new attempt may succeed.', source: 'autopilot' },
  { value: 0xc1036501, symbol: null, meaning: 'Automatic MDM enrollment is impossible because Entra ID has more than one MDM configuration.', source: 'autopilot' },

  // ADAL (0xCAA…) codes from the hybrid join and co-management tables.
  { value: 0xcaa10001, symbol: null, meaning: 'The user must sign in; transient when the user signs out before enrollment runs.', source: 'comanage' },
  { value: 0xcaa1002d, symbol: 'ERROR_ADAL_OPERATION_PENDING', meaning: 'Generic ADAL failure; look for the sub-error or server error.', source: 'hybrid-join' },
  { value: 0xcaa20003, symbol: 'ERROR_ADAL_SERVER_ERROR_INVALID_GRANT', meaning: 'Entra ID did not accept the token from the on-premises identity provider.', source: 'hybrid-join' },
  { value: 0xcaa70004, symbol: null, meaning: 'The server or proxy was not found; usually transient connectivity to the cloud.', source: 'comanage' },
  { value: 0xcaa82ee2, symbol: 'ERROR_ADAL_INTERNET_TIMEOUT', meaning: 'Network timeout talking to the sign-in service.', source: 'hybrid-join' },
  { value: 0xcaa82efd, symbol: 'ERROR_ADAL_INTERNET_CANNOT_CONNECT', meaning: 'Could not connect to login.microsoftonline.com.', source: 'hybrid-join' },
  { value: 0xcaa82efe, symbol: 'ERROR_ADAL_INTERNET_CONNECTION_ABORTED', meaning: 'The connection to the sign-in endpoint was aborted.', source: 'hybrid-join' },
  { value: 0xcaa82f8f, symbol: 'ERROR_ADAL_INTERNET_SECURE_FAILURE', meaning: 'The TLS certificate of the server could not be validated; check the clock.', source: 'hybrid-join' },
  { value: 0xcaa90006, symbol: 'ERROR_ADAL_WSTRUST_TOKEN_REQUEST_FAIL', meaning: 'Getting an access token from the token endpoint failed.', source: 'hybrid-join' },
  { value: 0xcaa90014, symbol: 'ERROR_ADAL_WSTRUST_REQUEST_SECURITYTOKEN_FAILED', meaning: 'The WS-Trust endpoint returned a fault instead of a token.', source: 'hybrid-join' },
  { value: 0xcaa90017, symbol: 'ERROR_ADAL_PROTOCOL_NOT_SUPPORTED', meaning: 'The on-premises identity provider does not speak WS-Trust.', source: 'hybrid-join' },
  { value: 0xcaa9001f, symbol: null, meaning: 'Integrated Windows authentication through ADAL works only in the federated flow.', source: 'comanage' },
  { value: 0xcaa90023, symbol: 'ERROR_ADAL_COULDNOT_DISCOVER_USERNAME_PASSWORD_ENDPOINT', meaning: 'No username/password WS-Trust endpoint was found in the MEX document.', source: 'hybrid-join' },
  { value: 0xcaa9002c, symbol: 'ERROR_ADAL_FAILED_TO_PARSE_XML', meaning: 'The federation service did not return valid XML.', source: 'hybrid-join' },
  { value: 0xcaa9004d, symbol: null, meaning: 'ADAL got an unknown user realm response; check that users can authenticate.', source: 'comanage' },
];

/* ---------------------------------------------------------------- Win32 errors */

export interface Win32ErrorEntry {
  code: number;
  name: string;
  meaning: string;
}

/** Win32 error numbers (decimal) seen in enrollment, join and network failures. */
export const WIN32_ERRORS: readonly Win32ErrorEntry[] = [
  { code: 1, name: 'ERROR_INVALID_FUNCTION', meaning: 'The component does not support the requested function.' },
  { code: 2, name: 'ERROR_FILE_NOT_FOUND', meaning: 'A file the operation needed does not exist.' },
  { code: 3, name: 'ERROR_PATH_NOT_FOUND', meaning: 'A folder or path in the request does not exist.' },
  { code: 5, name: 'ERROR_ACCESS_DENIED', meaning: 'The caller lacks permission for this operation.' },
  { code: 6, name: 'ERROR_INVALID_HANDLE', meaning: 'An internal handle was invalid.' },
  { code: 8, name: 'ERROR_NOT_ENOUGH_MEMORY', meaning: 'Not enough memory to finish the operation.' },
  { code: 13, name: 'ERROR_INVALID_DATA', meaning: 'Data received or read was not in the expected format.' },
  { code: 14, name: 'ERROR_OUTOFMEMORY', meaning: 'Not enough storage to finish the operation.' },
  { code: 32, name: 'ERROR_SHARING_VIOLATION', meaning: 'Another process has the file open.' },
  { code: 50, name: 'ERROR_NOT_SUPPORTED', meaning: 'The request is not supported on this device or Windows version.' },
  { code: 53, name: 'ERROR_BAD_NETPATH', meaning: 'The network path could not be found.' },
  { code: 64, name: 'ERROR_NETNAME_DELETED', meaning: 'The network name is no longer available.' },
  { code: 87, name: 'ERROR_INVALID_PARAMETER', meaning: 'A parameter was invalid.' },
  { code: 112, name: 'ERROR_DISK_FULL', meaning: 'The disk is full.' },
  { code: 122, name: 'ERROR_INSUFFICIENT_BUFFER', meaning: 'A buffer was too small for the data.' },
  { code: 183, name: 'ERROR_ALREADY_EXISTS', meaning: 'The object already exists.' },
  { code: 258, name: 'WAIT_TIMEOUT', meaning: 'A wait timed out.' },
  { code: 1058, name: 'ERROR_SERVICE_DISABLED', meaning: 'A required service is disabled.' },
  { code: 1060, name: 'ERROR_SERVICE_DOES_NOT_EXIST', meaning: 'A required service is not installed.' },
  { code: 1168, name: 'ERROR_NOT_FOUND', meaning: 'An element that was looked up was not found.' },
  { code: 1223, name: 'ERROR_CANCELLED', meaning: 'The user canceled the operation.' },
  { code: 1231, name: 'ERROR_NETWORK_UNREACHABLE', meaning: 'The network location cannot be reached.' },
  { code: 1244, name: 'ERROR_NOT_AUTHENTICATED', meaning: 'The user has not been authenticated.' },
  { code: 1311, name: 'ERROR_NO_LOGON_SERVERS', meaning: 'No domain controller was available to process the sign-in.' },
  { code: 1312, name: 'ERROR_NO_SUCH_LOGON_SESSION', meaning: 'The logon session does not exist (in hybrid join: often AD replication delay).' },
  { code: 1317, name: 'ERROR_NO_SUCH_USER', meaning: 'The user or computer account does not exist (in hybrid join: often AD replication delay).' },
  { code: 1326, name: 'ERROR_LOGON_FAILURE', meaning: 'Wrong user name or password.' },
  { code: 1327, name: 'ERROR_ACCOUNT_RESTRICTION', meaning: 'An account restriction blocked the sign-in.' },
  { code: 1330, name: 'ERROR_PASSWORD_EXPIRED', meaning: 'The password has expired.' },
  { code: 1331, name: 'ERROR_ACCOUNT_DISABLED', meaning: 'The account is disabled.' },
  { code: 1355, name: 'ERROR_NO_SUCH_DOMAIN', meaning: 'The domain does not exist or cannot be contacted.' },
  { code: 1396, name: 'ERROR_WRONG_TARGET_NAME', meaning: 'Kerberos: the target name (SPN) is wrong.' },
  { code: 1460, name: 'ERROR_TIMEOUT', meaning: 'The operation timed out.' },
  { code: 1603, name: 'ERROR_INSTALL_FAILURE', meaning: 'Fatal error during installation (Windows Installer).' },
  { code: 1618, name: 'ERROR_INSTALL_ALREADY_RUNNING', meaning: 'Another installation is already in progress.' },
  { code: 1641, name: 'ERROR_SUCCESS_REBOOT_INITIATED', meaning: 'Succeeded, and the installer started a restart.' },
  { code: 1722, name: 'RPC_S_SERVER_UNAVAILABLE', meaning: 'The RPC server is unavailable (firewall, DNS or a stopped service).' },
  { code: 1726, name: 'RPC_S_CALL_FAILED', meaning: 'The remote procedure call failed.' },
  { code: 1786, name: 'ERROR_NO_TRUST_LSA_SECRET', meaning: 'The workstation has no trust secret for the domain.' },
  { code: 1787, name: 'ERROR_NO_TRUST_SAM_ACCOUNT', meaning: 'The domain has no computer account for this workstation trust.' },
  { code: 1789, name: 'ERROR_TRUSTED_RELATIONSHIP_FAILURE', meaning: 'The trust between this workstation and the domain failed.' },
  { code: 1907, name: 'ERROR_PASSWORD_MUST_CHANGE', meaning: 'The password must be changed before signing in.' },
  { code: 1908, name: 'ERROR_DOMAIN_CONTROLLER_NOT_FOUND', meaning: 'No domain controller could be found for the domain.' },
  { code: 1909, name: 'ERROR_ACCOUNT_LOCKED_OUT', meaning: 'The account is locked out.' },
  { code: 3010, name: 'ERROR_SUCCESS_REBOOT_REQUIRED', meaning: 'Succeeded, but a restart is needed to finish.' },
  { code: 3011, name: 'ERROR_SUCCESS_RESTART_REQUIRED', meaning: 'Succeeded, but the program must be restarted.' },
  { code: 3017, name: 'ERROR_FAIL_REBOOT_REQUIRED', meaning: 'Failed; a restart is needed to roll back the changes.' },
  { code: 3018, name: 'ERROR_FAIL_REBOOT_INITIATED', meaning: 'Failed; a restart was started to roll back the changes.' },
  { code: 12002, name: 'ERROR_INTERNET_TIMEOUT', meaning: 'The HTTP request timed out.' },
  { code: 12007, name: 'ERROR_INTERNET_NAME_NOT_RESOLVED', meaning: 'The server name could not be resolved (DNS).' },
  { code: 12029, name: 'ERROR_INTERNET_CANNOT_CONNECT', meaning: 'The connection to the server failed.' },
  { code: 12030, name: 'ERROR_INTERNET_CONNECTION_ABORTED', meaning: 'The connection to the server was aborted.' },
  { code: 12031, name: 'ERROR_INTERNET_CONNECTION_RESET', meaning: 'The connection to the server was reset.' },
  { code: 12037, name: 'ERROR_INTERNET_SEC_CERT_DATE_INVALID', meaning: 'The server certificate is expired or not yet valid (check the clock).' },
  { code: 12038, name: 'ERROR_INTERNET_SEC_CERT_CN_INVALID', meaning: 'The server certificate name does not match the host (often TLS inspection).' },
  { code: 12045, name: 'ERROR_INTERNET_INVALID_CA', meaning: 'The server certificate chains to an untrusted root (often TLS inspection).' },
  { code: 12057, name: 'ERROR_INTERNET_SEC_CERT_REV_FAILED', meaning: 'Certificate revocation could not be checked.' },
  { code: 12175, name: 'ERROR_INTERNET_DECODING_FAILED', meaning: 'The response could not be decoded (TLS or proxy interference).' },
];

/* --------------------------------------------------------------------- AADSTS */

export interface AadstsEntry {
  code: number;
  name: string | null;
  meaning: string;
}

/** Sign-in errors that show up around device join and enrollment. */
export const AADSTS_ERRORS: readonly AadstsEntry[] = [
  { code: 50034, name: 'UserAccountNotFound', meaning: 'The account does not exist in this tenant.' },
  { code: 50053, name: 'IdsLocked', meaning: 'The account is locked after too many failed sign-ins, or the IP address was blocked.' },
  { code: 50055, name: 'InvalidPasswordExpiredPassword', meaning: 'The password has expired.' },
  { code: 50057, name: 'UserDisabled', meaning: 'The user account is disabled.' },
  { code: 50076, name: 'UserStrongAuthClientAuthNRequired', meaning: 'Multifactor authentication is required for this access.' },
  { code: 50079, name: 'UserStrongAuthEnrollmentRequired', meaning: 'The user must register for multifactor authentication.' },
  { code: 50097, name: 'DeviceAuthenticationRequired', meaning: 'Device authentication is required.' },
  { code: 50126, name: 'InvalidUserNameOrPassword', meaning: 'Wrong user name or password.' },
  { code: 50129, name: 'DeviceIsNotWorkplaceJoined', meaning: 'The device must be workplace-joined (registered) first.' },
  { code: 50155, name: 'DeviceAuthenticationFailed', meaning: 'Device authentication failed for this user.' },
  { code: 50187, name: 'DeviceInformationNotProvided', meaning: 'The service could not authenticate the device.' },
  { code: 53000, name: 'DeviceNotCompliant', meaning: 'Conditional Access requires a compliant device.' },
  { code: 53001, name: 'DeviceNotDomainJoined', meaning: 'Conditional Access requires a domain-joined device.' },
  { code: 53003, name: 'BlockedByConditionalAccess', meaning: 'A Conditional Access policy blocked the sign-in.' },
  { code: 90002, name: 'InvalidTenantName', meaning: 'The tenant was not found.' },
  { code: 135011, name: null, meaning: 'The device used for authentication is disabled.' },
  { code: 240001, name: 'BulkAADJTokenUnauthorized', meaning: 'The user is not allowed to join devices to Entra ID (bulk enrollment / provisioning package token).' },
  { code: 240002, name: 'RequiredClaimIsMissing', meaning: 'The id_token cannot be used for the jwt-bearer grant.' },
  { code: 530032, name: 'BlockedByConditionalAccessOnSecurityPolicy', meaning: 'A tenant security policy blocked the request.' },
  { code: 700016, name: 'UnauthorizedClient_DoesNotMatchRequest', meaning: 'The application was not found in the tenant.' },
];
