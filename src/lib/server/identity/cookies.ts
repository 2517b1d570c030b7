// The cookie that remembers which of their organisations a signed-in adult works in (checked on every request).
export const ACTIVE_ORGANISATION_COOKIE = 'org';
