import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/generator/catalog-model.js';
import { SITE_STYLE as PAGE_STYLE } from '../../src/generator/site-style.js';
import { slaOutputs } from '../../src/generator/output-layout.js';
import { loadFixture } from './generator-fixture.js';
import { cellContentOf } from './generated-outputs.js';
import { SECOND_EDITION_FILES } from './second-edition-fixture.js';

/** The body of a generated page, between <main> and </main>. */
function mainOf(page: string): string {
    return page.slice(page.indexOf('<main'), page.indexOf('</main>'));
}

describe('SLA documents in the second edition', () => {
    let catalog: Catalog;
    let html: string;
    let md: string;
    beforeAll(async () => {
        ({ catalog } = await loadFixture(SECOND_EDITION_FILES));
        const { files } = slaOutputs(catalog, { names: ['EmergencyEHR'], view: 'customer', formats: ['html', 'md'] });
        html = mainOf(cellContentOf(files, 'emergency-ehr.html'));
        md = cellContentOf(files, 'emergency-ehr.md');
    });

    it('names every customer, the parent agreement and the tier sold', () => {
        expect(html).toContain('<dt>Customers</dt><dd>Emergency &lt;b&gt;Department&lt;/b&gt;, Intensive Care</dd>');
        expect(html).toContain('<dt>Part of</dt><dd>Corporate SLA</dd>');
        expect(html).toContain('<dt>Offering</dt><dd>Gold tier (Electronic Health Record)</dd>');
        expect(md).toContain('- **Customers:** Emergency \\<b\\>Department\\</b\\>, Intensive Care');
        expect(md).toContain('- **Part of:** Corporate SLA');
    });

    it('shows the agreement-wide targets, then one table per service with the targets that apply to it', () => {
        expect(html).toContain('<h3>For every service</h3>');
        expect(html).toContain('<h3>For Electronic Health Record</h3>');
        expect(html).toContain('<h3>For Ward Printing</h3>');
        const printing = html.slice(html.indexOf('<h3>For Ward Printing</h3>'), html.indexOf('<h2>Definitions</h2>'));
        // The recovery point objective is EHR's alone: Printing does not promise it.
        expect(printing).not.toContain('Recovery point objective');
        expect(html.slice(html.indexOf('<h3>For Electronic Health Record</h3>'), html.indexOf('<h3>For Ward Printing</h3>')))
            .toContain('<tr><th scope="row">Recovery point objective</th><td>at most 15 minutes</td><td>Not stated</td><td>All</td><td></td><td>This agreement, for Electronic Health Record only</td></tr>');
        expect(md).toContain('### For every service');
        expect(md).toContain('| Recovery point objective | at most 15 minutes | Not stated | All | — | This agreement, for Electronic Health Record only |');
    });

    it('marks the targets inherited from the parent with where they come from', () => {
        expect(html).toContain('<tr><th scope="row">Availability</th><td>at least 99.5%</td><td>per calendar month</td><td>All</td><td>3 h 39 min 9 s of downtime per month</td><td>From Corporate SLA, for every service</td></tr>');
        // The parent's block for Printing reaches the child's Printing table, and only that one.
        expect(md).toContain('| Incident resolution time | at most 8 hours | Not stated | Major incidents | — | From Corporate SLA, for Ward Printing only |');
        // A child's own statement of the same metric and qualifiers replaces the parent's.
        const ehr = md.slice(md.indexOf('### For Electronic Health Record'), md.indexOf('### For Ward Printing'));
        expect(ehr).toContain('| Availability | at least 99.95% | per calendar month | All | 21 min 55 s of downtime per month | This agreement, for Electronic Health Record only |');
        expect(ehr).not.toContain('at least 99.5%');
    });

    it('keeps a single table without a source column when nothing is inherited or scoped', async () => {
        const { catalog: plain } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla Plain { customer C provider P services S target availability >= 99.9% per month }'
        });
        const page = cellContentOf(slaOutputs(plain, { names: [], view: 'customer', formats: ['html'] }).files, 'plain.html');
        expect(page).toContain('<caption>Targets of Plain</caption>');
        expect(page).not.toContain('Stated in');
        expect(page).not.toContain('For every service');
    });

    it('defines each priority it mentions: the workspace definition, else the built-in one', () => {
        const definitions = html.slice(html.indexOf('<h2>Definitions</h2>'), html.indexOf('<h2>Service credits</h2>'));
        expect(definitions).toContain('<tr><th scope="row">P1</th><td>Critical &lt;x&gt;</td><td>High</td><td>High</td><td>A whole site is down | *patient safety* at &lt;risk&gt;</td></tr>');
        expect(definitions).toContain('<tr><th scope="row">P2</th><td>High</td><td></td><td></td><td>Major function impaired for a group of users; no workaround. (svcdef&#39;s standard definition)</td></tr>');
        expect(definitions).toContain('<tr><th scope="row">Major</th><td>Major incident</td><td>High</td><td>Medium</td><td></td></tr>');
        // Priorities nobody mentions are not defined here.
        expect(definitions).not.toContain('P3');
        expect(md).toContain('| P1 | Critical \\<x\\> | High | High | A whole site is down \\| \\*patient safety\\* at \\<risk\\> |');
    });

    it('says when a priority it mentions is defined nowhere', async () => {
        const { catalog: broken } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S target incidentResponse <= 1h for Sev1 }'
        });
        const text = cellContentOf(slaOutputs(broken, { names: [], view: 'customer', formats: ['md'] }).files, 'x.md');
        expect(text).toContain('| Sev1 | — | — | — | Not defined in the workspace: declare it with \\`priority\\`. |');
    });

    it('lists credits with their basis, the cap, the rule (highest-only by default) and the claim period', () => {
        expect(html).toContain('<thead><tr><th scope="col">Credit</th><th scope="col">Of</th><th scope="col">Applies when</th></tr></thead>');
        expect(html).toContain('<tr><th scope="row">5%</th><td>monthly charge</td><td>availability &lt; 99.95% per calendar month</td></tr>');
        expect(html).toContain('<tr><th scope="row">250.00 EUR</th><td>Not stated</td><td>incidentResponse &gt; 30 minutes, P1 incidents</td></tr>');
        expect(html).toContain('<dt>Cap</dt><dd>20% of monthly charge per month</dd>');
        expect(html).toContain('<dt>Rule</dt><dd>Highest only: when several credits apply to one period, only the highest is paid (the default; the agreement states no rule)</dd>');
        expect(html).toContain('<dt>Claims</dt><dd>Within 30 days</dd>');
        expect(md).toContain('- **Cap:** 20% of monthly charge per month');
    });

    it('states a cumulative rule as written', async () => {
        const { catalog: cumulative } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S target availability >= 99% per month credit 5% when availability < 99% per month credits cumulative }'
        });
        const text = cellContentOf(slaOutputs(cumulative, { names: [], view: 'customer', formats: ['md'] }).files, 'x.md');
        expect(text).toContain('- **Rule:** Cumulative: every credit that applies to a period is paid\n');
    });

    it('shows the escalation path, reporting and exclusions, escaped', () => {
        expect(html).toContain('<tr><th scope="row">1</th><td>Service &lt;desk&gt;</td><td>+49 30 1234 | 5678</td><td>At once</td></tr>');
        expect(html).toContain('<td><a href="mailto:duty@hospital.example" rel="noopener noreferrer">duty@hospital.example</a></td><td>After 30 minutes</td>');
        // A contact that is no web or mail address is text, never a link.
        expect(html).toContain("<td>javascript:alert(&#39;esc&#39;)</td><td>After 2 hours</td>");
        expect(html).toContain('<li>Monthly: Availability &lt;report&gt; | monthly, to Emergency &lt;b&gt;Department&lt;/b&gt;</li>');
        expect(html).toContain('<li>Outages caused by &lt;customer&gt; equipment | *planned*</li>');
        expect(md).toContain('| 1 | Service \\<desk\\> | +49 30 1234 \\| 5678 | At once |');
        expect(md).toContain('| 3 | Head of IT | javascript:alert(\'esc\') | After 2 hours |');
        expect(md).toContain('- Monthly: Availability \\<report\\> \\| monthly, to Emergency \\<b\\>Department\\</b\\>');
        expect(md).toContain('- Outages caused by \\<customer\\> equipment \\| \\*planned\\*');
    });

    it('carries a document-control block with version, approvals and an issue date from the latest approval', () => {
        const control = html.slice(html.indexOf('<h2>Document control</h2>'));
        expect(control).toContain('<dt>Version</dt><dd>2.1 &lt;rc&gt;</dd>');
        expect(control).toContain('<dt>Issued</dt><dd>2026-01-12 (the date of the latest approval)</dd>');
        expect(control).toContain('<tr><th scope="row">Emergency &lt;b&gt;Department&lt;/b&gt;</th><td>Chief &lt;Medical&gt; Officer</td><td>2026-01-10</td></tr>');
        expect(md).toContain('- **Issued:** 2026-01-12 (the date of the latest approval)');
        expect(md).toContain('| Central IT Services | Head of IT \\| Services | 2026-01-12 |');
    });

    it('issues an unapproved agreement on its valid-from date, and says when it has neither', async () => {
        const corporate = mainOf(cellContentOf(slaOutputs(catalog, { names: ['Corporate'], view: 'customer', formats: ['html'] }).files, 'corporate.html'));
        expect(corporate).toContain('<dt>Issued</dt><dd>2026-01-01 (the date the agreement is valid from)</dd>');
        expect(corporate).toContain('<p class="muted">No approvals recorded.</p>');
        const { catalog: undated } = await loadFixture({ 'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S }' });
        expect(cellContentOf(slaOutputs(undated, { names: [], view: 'customer', formats: ['md'] }).files, 'x.md'))
            .toContain('- **Issued:** Not stated (no approval date and no validity start)');
    });

    it('has a signature block for the approvers that only the printed document shows', () => {
        expect(html).toContain('<section class="signatures print-only" aria-label="Signatures">');
        expect(html).toContain('<p class="signature-party">For Emergency &lt;b&gt;Department&lt;/b&gt;, Chief &lt;Medical&gt; Officer</p>');
        expect(html).toContain('<p class="signature-party">For Central IT Services, Head of IT | Services</p>');
        expect(PAGE_STYLE).toContain('.print-only{display:none}');
        expect(PAGE_STYLE).toMatch(/@media print\{[\s\S]*\.print-only\{display:block\}[\s\S]*\.signatures\{display:grid\}/);
        // Without approvals the parties sign.
        const corporate = cellContentOf(slaOutputs(catalog, { names: ['Corporate'], view: 'customer', formats: ['html'] }).files, 'corporate.html');
        expect(corporate).toContain('<p class="signature-party">For Intensive Care</p>');
        expect(corporate).toContain('<p class="signature-party">For Central IT Services</p>');
        expect(md).not.toContain('Signature');
    });

    it('keeps a draft visibly marked', async () => {
        const { catalog: drafts } = await loadFixture({
            'a.svcdef': 'customer C\nprovider P\nservice S { status live }\nsla X { customer C provider P services S status draft version "0.9" target availability >= 99% per month }'
        });
        const { files } = slaOutputs(drafts, { names: [], view: 'customer', formats: ['html', 'md'] });
        expect(cellContentOf(files, 'x.html')).toContain('<div class="draft-mark" aria-hidden="true">DRAFT</div>');
        expect(cellContentOf(files, 'x.md').startsWith('# DRAFT: X\n')).toBe(true);
        expect(cellContentOf(files, 'x.md')).toContain('- **Status:** Draft');
    });

    it('leaves credit terms out of the user view', async () => {
        const { catalog: full } = await loadFixture(SECOND_EDITION_FILES);
        const { viewOf } = await import('../../src/generator/catalog-views.js');
        const user = viewOf(full, 'user').catalog.slas.find(sla => sla.name === 'EmergencyEHR')!;
        expect(user).toMatchObject({ credits: [], creditCaps: [], creditRule: undefined, claimWithin: undefined });
        expect(user.escalation).toHaveLength(3);
    });
});
