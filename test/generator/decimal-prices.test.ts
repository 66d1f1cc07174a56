import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/generator/generated-file.js';
import { loadFixture } from './generator-fixture.js';
import { allCatalogFiles } from './generated-outputs.js';

const PRICED = {
    'prices.svcdef': `
namespace acme
provider IT
customer Finance
service Storage "Storage" {
  status live
  owner IT
  offering Tiny { price 0.0000001 EUR per user per month }
  offering Huge { price 99999999999999999999999 EUR per year }
  offering Long { price 12345678901234567890 EUR }
  offering Cents { price 4.50 EUR }
}
sla StorageSla {
  customer Finance
  services Storage
  target availability >= 99.9% per month
  credit 12345678901234567890.5 EUR when availability < 99.9%
}
`
};

/** Prices are money: every published format shows the digits written, not a rounded float. */
describe('price amounts', () => {
    let files: GeneratedFile[];
    beforeAll(async () => {
        const { catalog } = await loadFixture(PRICED);
        files = allCatalogFiles(catalog).filter(file => file.path.includes('customer'));
    });

    const published = (extension: string) => files.filter(file => file.path.endsWith(extension)).map(file => file.content).join('\n');

    it.each(['.html', '.md', '.json'])('keep every written digit in %s', extension => {
        const text = published(extension);
        expect(text).toContain('0.0000001 EUR per user per month');
        expect(text).toContain('99999999999999999999999.00 EUR per year');
        expect(text).toContain('12345678901234567890.00 EUR');
        expect(text).toContain('4.50 EUR');
        expect(text).toContain('12345678901234567890.50 EUR');
    });

    it('are exact decimal strings in the JSON catalog', () => {
        const catalog = JSON.parse(files.find(file => file.path.endsWith('.json'))!.content);
        const storage = catalog.services.find((service: { name: string }) => service.name === 'acme.Storage');
        expect(storage.offerings.map((offering: { price: { amount: string } }) => offering.price.amount))
            .toEqual(['0.0000001', '99999999999999999999999', '12345678901234567890', '4.50']);
    });
});
