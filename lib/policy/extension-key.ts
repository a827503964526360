/**
 * NoteGuard's stable Chrome/Edge extension id comes from this public key (the manifest's `key`):
 * the id is the first 16 bytes of SHA-256 over the key's DER bytes, written in hex with the digits
 * 0-f mapped to the letters a-p. Health systems write that id into their policies, so it must not
 * change between builds. Only the public half lives here; the private key signs self-hosted CRX
 * packages and stays with whoever publishes releases. `lib/policy/extension-key.test.ts` checks
 * the derivation and `e2e/policy.spec.ts` checks the id Chromium gives the built extension.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsgPay5V/cSqDFh2l5/kIeZPMmAJl/oRjdfiR8d81ToiCvWe5+hyUiKQ7+/4kZKnlJHiQum2J+QBN3mYiXbqNpdKpUDtJNegs3Rv0Y9UArZuR5yLr8EyUYrhUmLjzdLHrndonIwHLaPbYWw9rcbyC8hR646r801iym86xCZfP06j0f4F6ZyC5ZFc2g6Efk1KRfdWgJBCngFr/x+q8wfn30XDBa79VJwVLowpef4toHAadHtrAiqWmKozFAq1qtBXgPn81rIUKBH5+rdQyGj71uxwESszE3ohvI6RZlZmksv3sE7IpuPEADLkmPrTNmcD0JT96E9BelXYPjicRBqYMLwIDAQAB';

/** The id Chrome and Edge give NoteGuard when it is loaded unpacked or installed from our CRX. */
export const CHROME_EXTENSION_ID = 'hhnolepkeomnbdhcccicdaljpepjdmea';

/** Firefox add-on id (browser_specific_settings.gecko.id): the key for its 3rdparty policy. */
export const GECKO_EXTENSION_ID = 'noteguard@noteguard.example';
