import { describe, expect, it } from 'vitest';
import { jsonForScript } from './structured-data';

describe('jsonForScript', () => {
  it('cannot be used to close the script element', () => {
    const out = jsonForScript({ t: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ t: '</script><script>alert(1)</script>' });
  });
});
