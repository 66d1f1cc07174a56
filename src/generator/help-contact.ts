/**
 * Where a reader gets help with a service. Every service page says it, also when the
 * service states no `support` line: the first of the service's own `support`, the contact
 * of the provider that owns or manages it (or that provides the SLAs covering it, or the
 * workspace's only provider), and the service desk service where the catalog has one.
 * Unit contacts are not used: units belong to the support organization, which customers
 * and users do not see.
 */
import type { Catalog, EntityRef, PartyEntry, ServiceEntry } from './catalog-model.js';
import { catalogLookups } from './catalog-lookups.js';
import { displayName } from './display-text.js';
import type { FactRow } from './html-fragments.js';
import { addressLink } from './html-fragments.js';
import { html } from './html-markup.js';

export interface HelpContact {
    /** The address to write to or call; absent when the catalog publishes none. */
    readonly address?: string;
    /** Whose address it is, when it is not the service's own `support`: `Central IT Services, provider`. */
    readonly via?: string;
}

export const NO_SUPPORT_CONTACT = 'No support contact is published';

/** The service desk: a service whose name, title or category says it is one, and that states where to get support. */
const SERVICE_DESK = /service[\s_-]*desk/i;

export function helpContactOf(catalog: Catalog, service: ServiceEntry): HelpContact {
    if (service.support !== undefined) {
        return { address: service.support };
    }
    const contacts = contactsOf(catalog);
    for (const [ref, role] of [[service.owner, 'owner'], [service.manager, 'manager']] as const) {
        const provider = ref && contacts.providers.get(ref.name);
        if (provider?.contact !== undefined) {
            return { address: provider.contact, via: `${displayName(provider)}, ${role}` };
        }
    }
    const slaProviders = new Set(service.slas
        .map(name => catalogLookups(catalog).sla(name)?.provider)
        .filter((ref): ref is EntityRef => ref !== undefined)
        .map(ref => contacts.providers.get(ref.name))
        .filter((provider): provider is PartyEntry => provider?.contact !== undefined));
    const provider = slaProviders.size === 1 ? [...slaProviders][0] : contacts.onlyProvider;
    if (provider?.contact !== undefined) {
        return { address: provider.contact, via: `${displayName(provider)}, provider` };
    }
    if (contacts.serviceDesk && contacts.serviceDesk !== service) {
        return { address: contacts.serviceDesk.support, via: displayName(contacts.serviceDesk) };
    }
    return {};
}

/** The `Get support` fact of a service page. */
export function helpFact(catalog: Catalog, service: ServiceEntry): FactRow {
    const contact = helpContactOf(catalog, service);
    if (contact.address === undefined) {
        return { term: 'Get support', value: html`<span class="muted">${NO_SUPPORT_CONTACT}.</span>` };
    }
    return {
        term: 'Get support',
        value: contact.via !== undefined ? html`${addressLink(contact.address)} <span class="muted">(${contact.via})</span>` : addressLink(contact.address)
    };
}

/** The same in words, for Markdown: `it@acme.example (Central IT Services, provider)`. */
export function helpText(contact: HelpContact): string {
    if (contact.address === undefined) {
        return NO_SUPPORT_CONTACT;
    }
    return contact.via !== undefined ? `${contact.address} (${contact.via})` : contact.address;
}

interface CatalogContacts {
    readonly providers: ReadonlyMap<string, PartyEntry>;
    readonly onlyProvider?: PartyEntry;
    readonly serviceDesk?: ServiceEntry & { readonly support: string };
}

/** Built once per catalog: a site asks for every one of thousands of services. */
const known = new WeakMap<Catalog, CatalogContacts>();

function contactsOf(catalog: Catalog): CatalogContacts {
    let contacts = known.get(catalog);
    if (!contacts) {
        const providers = new Map<string, PartyEntry>();
        catalog.providers.forEach(provider => providers.has(provider.name) || providers.set(provider.name, provider));
        const serviceDesk = catalog.services.find((service): service is ServiceEntry & { support: string } =>
            service.support !== undefined && service.status !== 'retired'
            && [service.name, service.title, service.category].some(text => text !== undefined && SERVICE_DESK.test(text)));
        contacts = { providers, onlyProvider: catalog.providers.length === 1 ? catalog.providers[0] : undefined, serviceDesk };
        known.set(catalog, contacts);
    }
    return contacts;
}
