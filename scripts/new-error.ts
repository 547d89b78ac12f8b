// `npm run new:error -- <slug>`: writes a new article skeleton with every frontmatter field.
import fs from 'node:fs';
import path from 'node:path';

const slug = process.argv[2] ?? '';
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error('Usage: npm run new:error -- <slug>   (kebab-case, e.g. device-already-enrolled)');
  process.exit(1);
}
const file = path.join('content', 'errors', `${slug}.mdx`);
if (fs.existsSync(file)) {
  console.error(`${file} already exists.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
fs.writeFileSync(
  file,
  `---
title: "The message as the device shows it"
codes: []            # canonical: "0x80180003" or "AADSTS240001"
misprints: []        # non-code spellings the sources print, e.g. "0x80180002b"
messages: []         # exact on-screen text, verbatim
summary: "One plain sentence: what fails and why."
platforms: [windows] # windows, ios, android, macos
stage: mdm-enrollment # sign-in, entra-join, mdm-enrollment, autopilot-oobe, esp, company-portal, provisioning-package, legacy-pc-client
fixedBy: [admin]     # user, helpdesk, admin
causes:
  - id: first-cause
    title: "What goes wrong"
    when: {}         # triage checks that point here, e.g. { other-devices: "yes" }
related: []
sources:
  - title: "Title of the Microsoft page"
    url: "https://learn.microsoft.com/"
reviewed: "${today}"
searchTerms: []
triage:
  where: []          # options of "where" in content/triage.json
  method: []         # options of "method" in content/triage.json
---

<ForUser>
What happened, in plain words. What the person at the device can try. What to send IT.
</ForUser>

## What is going on

A short explanation for the helpdesk.

<Cause id="first-cause">

Why it happens.

<Fix id="first-fix" title="What to do">

<Steps>

1. Sign in to the Microsoft Intune admin center (formerly Microsoft Endpoint Manager admin center).
2. …

</Steps>

</Fix>

</Cause>

## Check that it worked

## If it still fails

Collect what the [before you start checklist](/guides/before-you-start/) asks for.
`,
);
console.log(`Wrote ${file}. Fill it in, then run: npm run check:content`);
