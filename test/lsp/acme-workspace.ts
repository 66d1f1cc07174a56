/**
 * A small but complete multi-file workspace, shaped like a real one: parties and services
 * in the `acme.it` namespace, agreements and bindings in files without one that name
 * them both plainly and qualified. It validates without errors, so that each editor test
 * starts from a sound state and changes only what it is about.
 */
export const ACME_FILES: Readonly<Record<string, string>> = {
    'parties.svcdef': `namespace acme.it

/** The central IT organisation that runs the shared services. */
provider CentralIT "Central IT Services" { contact "it-service-desk@acme.example" }

customer Finance "Finance Division" {
  contact "cfo-office@acme.example"
  users 450
}

unit NetworkOps "Network Operations"

supplier CloudCo "CloudCo Ltd"

calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"
`,
    'services.svcdef': `namespace acme.it

/** Mailboxes, calendars and shared folders for every employee. */
service Email "Corporate Email" {
  status live
  owner CentralIT
  category "Collaboration"
  hours Business
  depends on Directory, Network
  offering Standard "Standard mailbox" { price 4.50 EUR per user per month }
  offering Large { price 7.00 EUR per user per month }
}

service Directory {
  status live
  owner CentralIT
  hours 24x7
}

service Network {
  status live
  owner NetworkOps
}
`,
    'agreements.svcdef': `// Agreements with the Finance division and what backs them.

sla FinanceEmail "Email for Finance" {
  customer Finance
  provider CentralIT
  services acme.it.Email
  status finalized
  valid from 2026-01-01 to 2026-12-31
  target availability >= 99.9% per month
  target incidentResponse <= 30min for P1
}

ola NetworkForEmail {
  unit NetworkOps
  provider CentralIT
  supports FinanceEmail
  services Network
  target availability >= 99.95% per month
}

uc CloudMail {
  supplier CloudCo
  supports FinanceEmail
  valid from 2026-01-01 to 2027-12-31
  target availability >= 99.95% per month
}
`,
    'bindings.svcdef': `binding SlaAuthoring implements A243 {
  owner acme.it.CentralIT
  produces "SLAs, OLAs, UCs" { FinanceEmail, NetworkForEmail, CloudMail }
  consumes "Service Catalog"
}

binding CatalogPublishing implements A235 {
  owner CentralIT
  produces "Service Catalog" { acme.it.Email, Network, Directory }
}
`
};
