// The fixed vocabularies of the knowledge base. Labels live here once so every
// page, the catalog and the journey picture name things the same way.

export const PLATFORMS = ['windows', 'ios', 'android', 'macos'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  windows: 'Windows',
  ios: 'iOS/iPadOS',
  android: 'Android',
  macos: 'macOS',
};

// In the order a device meets them, so the journey can be drawn from this list.
export const STAGES = [
  'sign-in',
  'entra-join',
  'mdm-enrollment',
  'autopilot-oobe',
  'esp',
  'company-portal',
  'provisioning-package',
  'legacy-pc-client',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  'sign-in': 'Sign-in',
  'entra-join': 'Entra join / registration',
  'mdm-enrollment': 'MDM enrollment',
  'autopilot-oobe': 'Autopilot OOBE',
  esp: 'Enrollment Status Page',
  'company-portal': 'Company Portal',
  'provisioning-package': 'Provisioning package',
  'legacy-pc-client': 'Legacy PC client',
};

export const STAGE_DESCRIPTIONS: Record<Stage, string> = {
  'sign-in': 'The user signs in with a work or school account (Microsoft Entra ID, formerly Azure AD).',
  'entra-join': 'The device is joined to, or registered in, Microsoft Entra ID.',
  'mdm-enrollment': 'The device enrolls in Intune mobile device management (MDM).',
  'autopilot-oobe': 'Windows Autopilot drives the out-of-box experience (OOBE) of a new PC.',
  esp: 'The Enrollment Status Page holds the user until apps and policies arrive.',
  'company-portal': 'The Intune Company Portal app or website enrolls and manages the device.',
  'provisioning-package': 'A provisioning package (Windows Configuration Designer, Set up School PCs) bulk-enrolls PCs.',
  'legacy-pc-client': 'The retired Intune PC client (agent) software installs and enrolls the PC.',
};

export const AUDIENCES = ['user', 'helpdesk', 'admin'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  user: 'The person at the device',
  helpdesk: 'Helpdesk',
  admin: 'An admin',
};
