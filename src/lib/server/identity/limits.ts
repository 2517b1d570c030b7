// Password length limits (NIST SP 800-63B: at least 12 here, no composition rules), shared by forms and Better Auth.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
