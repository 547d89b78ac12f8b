import { describe, expect, it } from 'vitest';
import triageJson from '../content/triage.json';
import { triageQuestionsSchema } from './schema';
import { articleLink, BLANK, ticketNote, userNote, type NoteInput } from './ticket-note';
import type { TriageResult } from './triage';

const questions = triageQuestionsSchema.parse(triageJson);

const results: TriageResult[] = [
  {
    slug: 'securing-your-hardware-failed',
    title: 'Securing your hardware (Failed: 0x800705b4)',
    url: '/errors/securing-your-hardware-failed/',
    anchor: 'no-physical-tpm-2-0',
    causeTitle: 'The device has no physical TPM 2.0',
    score: 1006,
    reasons: ['Windows PC', 'code 0x800705B4', 'On the Enrollment Status Page'],
  },
  {
    slug: 'registering-device-mobile-management-failed',
    title: 'Registering your device for mobile management (Failed:3, 0x801C03EA)',
    url: '/errors/registering-device-mobile-management-failed/',
    anchor: null,
    causeTitle: null,
    score: 4,
    reasons: [],
  },
];

const full: NoteInput = {
  answers: {
    who: 'helpdesk',
    platform: 'windows',
    where: 'esp',
    method: 'autopilot-self-deploying',
    text: 'Securing your hardware (Failed: 0x800705b4)',
    checks: { 'no-tpm': 'yes', 'all-users': 'no' },
  },
  questions,
  results,
  codes: ['0x800705B4'],
  siteOrigin: 'https://kb.example.com/kb/',
  triageUrl: 'https://kb.example.com/kb/triage/?platform=windows&where=esp',
};

const empty: NoteInput = { ...full, answers: { checks: {} }, results: [], codes: [] };

describe('ticketNote', () => {
  const note = ticketNote(full);

  it('lists the answers with the wording of the questions and options', () => {
    expect(note).toContain('- Who is asking?: I\'m helpdesk, helping someone');
    expect(note).toContain('- Which kind of device?: Windows PC');
    expect(note).toContain('- Where does the error show?: On the Enrollment Status Page (the setup progress screen)');
    expect(note).toContain('- How is the device being enrolled?: Windows Autopilot, self-deploying (kiosk)');
    // Checks in the order of the questions, not of the answers object.
    expect(note.indexOf('Does it happen for every user who tries? No')).toBeLessThan(
      note.indexOf('Is it a virtual machine, or a PC without a TPM 2.0 chip? Yes'),
    );
  });

  it('gives each code in every spelling, decimal included', () => {
    expect(note).toContain('- 0x800705B4 (also written 0x800705b4, 0X800705B4, 800705B4, 800705b4, 2147943860, -2147023436)');
  });

  it('quotes the user’s text as given', () => {
    expect(note).toContain('> Securing your hardware (Failed: 0x800705b4)');
  });

  it('fills what the answers tell and leaves blanks for the rest', () => {
    expect(note).toContain(`- How many users are affected? ${BLANK}`);
    expect(note).toContain(`- How many devices are affected? ${BLANK}`);
    expect(note).toContain(`- MDM authority: ${BLANK}`);
    expect(note).toContain(`Has enrollment ever worked for this user or device? ${BLANK}`);
    expect(note).toContain('- Enrollment method: Windows Autopilot, self-deploying (kiosk)');
    expect(note).toContain('- Platform: Windows PC');
    expect(note).toContain('- Where the error shows: On the Enrollment Status Page (the setup progress screen)');
    expect(note).toContain('- Exact error message: "Securing your hardware (Failed: 0x800705b4)"');
  });

  it('links the candidates with their cause anchors and ends with the triage link', () => {
    expect(note).toContain('1. Securing your hardware (Failed: 0x800705b4)');
    expect(note).toContain('   Likely cause: The device has no physical TPM 2.0');
    expect(note).toContain('   https://kb.example.com/kb/errors/securing-your-hardware-failed/#no-physical-tpm-2-0');
    expect(note).toContain('   Matched on: Windows PC; code 0x800705B4; On the Enrollment Status Page');
    expect(note).toContain('   https://kb.example.com/kb/errors/registering-device-mobile-management-failed/\n');
    expect(note.trimEnd().endsWith('Triage link: https://kb.example.com/kb/triage/?platform=windows&where=esp')).toBe(true);
  });

  it('is the same every time (no dates)', () => {
    expect(ticketNote(full)).toBe(note);
    expect(note).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });

  it('leaves every blank when nothing is known', () => {
    const n = ticketNote(empty);
    expect(n).toContain('- (none given)');
    for (const field of ['Enrollment method', 'Platform', 'Where the error shows', 'Exact error message']) {
      expect(n).toContain(`- ${field}: ${BLANK}`);
    }
    expect(n).toContain('- none matched yet');
    expect(n).not.toContain('Error code');
  });

  it('keeps markup and multi-line pastes as plain text', () => {
    const text = '<script>alert("x")</script>\r\nEvent 76 &amp; more\n\nlast';
    const n = ticketNote({ ...empty, answers: { text, checks: {} } });
    expect(n).toContain('> <script>alert("x")</script>\n> Event 76 &amp; more\n>\n> last\n');
    expect(n).toContain('- Exact error message: (quoted above)');
  });

  it('builds links with or without a trailing slash on the origin', () => {
    expect(articleLink('https://x.test', { url: '/errors/a/', anchor: 'c' })).toBe('https://x.test/errors/a/#c');
    expect(articleLink('https://x.test/kb///', { url: '/errors/a/', anchor: null })).toBe('https://x.test/kb/errors/a/');
    expect(articleLink('', { url: '/errors/a/', anchor: null })).toBe('/errors/a/');
  });
});

describe('userNote', () => {
  const note = userNote(full);

  it('says what device, what I was doing, what the screen said, when, and the link', () => {
    expect(note).toContain('My device: a Windows computer');
    expect(note).toContain('What I was doing: setting up a shared work computer');
    expect(note).toContain('Where I saw the error: on the setup progress screen');
    expect(note).toContain('What the screen said: "Securing your hardware (Failed: 0x800705b4)"');
    expect(note).toContain(`When it happened: ${BLANK}`);
    expect(note).toContain('https://kb.example.com/kb/triage/?platform=windows&where=esp');
    expect(note).toContain('https://kb.example.com/kb/errors/securing-your-hardware-failed/#no-physical-tpm-2-0');
  });

  it('avoids admin jargon for every method and place', () => {
    const jargon = /\b(BYOD|WCD|DEM|ADE|MDM|OOBE|ESP|Autopilot|Entra|Azure|kiosk|white glove|provisioning|Group Policy)\b/i;
    for (const method of questions.questions.find((q) => q.id === 'method')!.options) {
      for (const where of questions.questions.find((q) => q.id === 'where')!.options) {
        // The link is the caller's; only our own words are checked.
        const n = userNote({ ...full, triageUrl: 'https://kb.example.com/t/', results: [], answers: { platform: 'windows', method: method.id, where: where.id, checks: {} } });
        expect(n, `${method.id} / ${where.id}`).not.toMatch(jargon);
      }
    }
  });

  it('is short, and asks for the words on the screen when none were given', () => {
    const n = userNote(empty);
    expect(n).toContain(`My device: ${BLANK}`);
    expect(n).toContain(`What the screen said: ${BLANK} (the exact words, or a photo of the screen)`);
    expect(n).not.toContain('It may be this problem');
    expect(note.split('\n').length).toBeLessThan(20);
    expect(userNote(full)).toBe(note);
  });
});
