/**
 * The one script of a published site: filters, sorting and search on the pages that have
 * them; pages without them work without it. Its source is browser TypeScript in
 * src/site-client/, bundled by scripts/build-site-client.mjs.
 */
import { SITE_CLIENT_BUNDLE } from './generated/site-client-bundle.js';

export const SITE_SCRIPT: string = SITE_CLIENT_BUNDLE;
