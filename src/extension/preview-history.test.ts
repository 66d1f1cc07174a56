import { describe, expect, it } from 'vitest';
import { PreviewHistory, type PreviewLocation } from './preview-history.js';

const index: PreviewLocation = { view: 'customer', page: 'index.html' };
const email: PreviewLocation = { view: 'customer', page: 'services/email.html' };
const sla: PreviewLocation = { view: 'customer', page: 'slas/finance-email.html', fragment: 'targets' };
const supportIndex: PreviewLocation = { view: 'support', page: 'index.html' };

describe('Back in the catalog preview', () => {
    it('goes back through the visited pages, most recent first, across view switches', () => {
        const history = new PreviewHistory();
        expect(history.canGoBack).toBe(false);
        history.leave(index, email);
        history.leave(email, sla);
        history.leave(sla, supportIndex);
        expect(history.back()).toEqual(sla);
        expect(history.back()).toEqual(email);
        expect(history.canGoBack).toBe(true);
        expect(history.back()).toEqual(index);
        expect(history.canGoBack).toBe(false);
        expect(history.back()).toBeUndefined();
    });

    it('does not record a page left for itself, such as a render after a save', () => {
        const history = new PreviewHistory();
        history.leave(email, { ...email });
        expect(history.canGoBack).toBe(false);
        history.leave(email, { ...email, fragment: 'offerings' });
        expect(history.back()).toEqual(email);
    });

    it('keeps only the most recent visits', () => {
        const history = new PreviewHistory(3);
        for (let page = 0; page < 10; page++) {
            history.leave({ view: 'user', page: `services/s${page}.html` }, { view: 'user', page: `services/s${page + 1}.html` });
        }
        expect([history.back(), history.back(), history.back(), history.back()].map(location => location?.page))
            .toEqual(['services/s9.html', 'services/s8.html', 'services/s7.html', undefined]);
    });

    it('forgets everything when cleared, as when the panel closes', () => {
        const history = new PreviewHistory();
        history.leave(index, email);
        history.clear();
        expect(history.canGoBack).toBe(false);
    });
});
