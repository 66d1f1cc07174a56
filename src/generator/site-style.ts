/**
 * The one stylesheet of a published site, assembled from the parts each kind of page
 * needs. Every part is a constant, so the sheet (and its hashed file name) changes only
 * when svcdef does.
 */
import { PAGE_STYLE } from './html-page.js';

export const SITE_STYLE_PARTS: readonly string[] = [PAGE_STYLE];

export const SITE_STYLE: string = SITE_STYLE_PARTS.join('\n');
