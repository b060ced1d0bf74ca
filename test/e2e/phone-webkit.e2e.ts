/**
 * The phone page in Safari's engine (issue 14, "Must show"): join → rate → reveal through
 * WebKitWebDriver in WebKitGTK's MiniBrowser. The check (test/webkit/phone-webkit.ts) starts
 * its own Xvfb and driver on a free display and port and stops them. Needs `npm run build`
 * and `webkit2gtk-driver xvfb` (.ci/run installs them).
 */
import { describe, expect, it } from 'vitest';
import { webkitPhoneCheck } from '../webkit/phone-webkit';

describe('the phone page in WebKit', () => {
  it('joins, rates with a tap and shows the reveal', async () => {
    const r = await webkitPhoneCheck();
    expect(r.userAgent).toMatch(/AppleWebKit/);
    expect(r.distribution).toEqual([1, 0, 0, 1, 0]);
  }, 90_000);
});
