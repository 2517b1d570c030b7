// The server hooks: start-up, then each request through request id, security headers, locale and authentication.
import { sequence } from '@sveltejs/kit/hooks';
import { authentication } from './hooks/authentication.ts';
import { locale } from './hooks/locale.ts';
import { requestId } from './hooks/request-id.ts';
import { securityHeadersHandle } from './hooks/security-headers.ts';

export { init } from './hooks/init.ts';
export { handleError } from './hooks/handle-error.ts';

export const handle = sequence(requestId, securityHeadersHandle, locale, authentication);
