// The server hooks: start-up, then each request through request id, security headers, locale, authentication
// and the guard of the staff and participant areas.
import { sequence } from '@sveltejs/kit/hooks';
import { areas } from './hooks/areas.ts';
import { authentication } from './hooks/authentication.ts';
import { locale } from './hooks/locale.ts';
import { requestId } from './hooks/request-id.ts';
import { securityHeadersHandle } from './hooks/security-headers.ts';

export { init } from './hooks/init.ts';
export { handleError } from './hooks/handle-error.ts';

export const handle = sequence(requestId, securityHeadersHandle, locale, authentication, areas);
