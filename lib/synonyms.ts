/**
 * Names people use for the same thing. A document that contains any phrase of a
 * group becomes findable by every other phrase of that group (lib/search.ts adds
 * them to the document at index time, so a query costs nothing extra).
 *
 * Phrases go through the same tokenizer and stemmer as documents and queries, so
 * case, hyphens and plurals don't matter here ("pre-provisioned" covers
 * "pre-provisioning"). Keep groups narrow: every phrase is a way in to every
 * document that mentions any other phrase of the group.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ESP', 'Enrollment Status Page'],
  [
    'AAD',
    'Azure AD',
    'Azure Active Directory',
    'Entra',
    'Entra ID',
    'Microsoft Entra',
    'Microsoft Entra ID',
  ],
  [
    'AADJ',
    'Entra join',
    'Entra ID join',
    'Microsoft Entra join',
    'Azure AD join',
    'AAD join',
    'Azure Active Directory join',
  ],
  [
    'HAADJ',
    'hybrid join',
    'hybrid Azure AD join',
    'hybrid AAD join',
    'hybrid Entra join',
    'hybrid Microsoft Entra join',
  ],
  ['OOBE', 'out-of-box experience', 'out of box experience', 'out-of-the-box experience'],
  ['WCD', 'Windows Configuration Designer', 'Windows Imaging and Configuration Designer'],
  ['DEM', 'Device Enrollment Manager'],
  ['white glove', 'whiteglove', 'pre-provisioning', 'preprovisioning', 'pre-provisioned', 'pre-provision'],
  [
    'MEM',
    'Endpoint Manager',
    'Microsoft Endpoint Manager',
    'Intune admin center',
    'Microsoft Intune admin center',
    'Endpoint Manager admin center',
  ],
  ['ADE', 'DEP', 'Automated Device Enrollment', 'Device Enrollment Program'],
  ['BYOD', 'personal device', 'personally owned', 'personally-owned', 'bring your own device'],
  ['TPM', 'Trusted Platform Module'],
  ['GPO', 'Group Policy', 'Group Policy Object'],
  ['MDM', 'mobile device management'],
  ['CP', 'Company Portal'],
  ['PPKG', 'provisioning package'],
  ['SCCM', 'ConfigMgr', 'Configuration Manager', 'MECM', 'System Center Configuration Manager'],
  ['UPN', 'user principal name'],
  ['ADFS', 'AD FS', 'Active Directory Federation Services'],
  ['MFA', 'multi-factor authentication', 'multifactor authentication', 'two-factor authentication'],
  ['WHfB', 'Windows Hello for Business'],
  ['Autopilot', 'auto pilot'],
  ['iOS', 'iPadOS', 'iPhone', 'iPad'],
  ['macOS', 'Mac', 'MacBook'],
  ['sign in', 'signin', 'login', 'logon'],
  ['timeout', 'time out', 'timed out', 'times out'],
  // British spelling: "enrolment" and "enrol" are what half the world types.
  ['enroll', 'enrol'],
];
