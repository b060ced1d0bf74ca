/**
 * S2: the app loads only its own files; no eval, no inline script, no remote origins.
 * In shared (not main/electron) because two layers send this header: the Electron session
 * (main/electron/security.ts) and the browser harness, which must not import Electron code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
