/**
 * The one script of a published site: filters, sorting and search on the pages that have
 * them; pages without them work without it.
 */
import { FILTER_SCRIPT } from './html-page.js';

export const SITE_SCRIPT: string = FILTER_SCRIPT;
