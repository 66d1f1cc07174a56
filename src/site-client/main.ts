/**
 * The one script of a published site, linked from every page: each part looks for its
 * elements and does nothing on a page without them.
 */
import { enhanceSearch } from './search-box.js';
import { enhanceServiceList } from './service-list.js';

enhanceServiceList();
enhanceSearch();
