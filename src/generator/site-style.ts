/**
 * The one stylesheet of a published site, assembled from the parts each kind of page
 * needs. Every part is a constant, so the sheet (and its hashed file name) changes only
 * when svcdef does.
 */
import { hashedAssetPath } from './hashed-asset.js';
import { COLOUR_STYLE } from './style-colours.js';
import { LAYOUT_STYLE } from './style-layout.js';
import { PRINT_STYLE } from './style-print.js';
import { TABLE_STYLE } from './style-tables.js';
import { COVERAGE_STYLE } from './coverage-style.js';
import { DIAGRAM_STYLE } from './diagram-style.js';
import { SEARCH_STYLE } from './style-search.js';

export const SITE_STYLE_PARTS: readonly string[] = [COLOUR_STYLE, LAYOUT_STYLE, TABLE_STYLE, PRINT_STYLE, COVERAGE_STYLE, DIAGRAM_STYLE, SEARCH_STYLE];

export const SITE_STYLE: string = SITE_STYLE_PARTS.join('\n');

/** Where the stylesheet lives, relative to the root of the folder it serves. */
export const SITE_STYLE_PATH: string = hashedAssetPath(SITE_STYLE, 'css');
