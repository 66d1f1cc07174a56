import { isBuiltinUri } from '../../src/language/builtin/builtin-library.js';
import type { Model } from '../../src/language/generated/ast.js';
import { buildCatalog, catalogSourcesOf, type Catalog } from '../../src/generator/catalog-model.js';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';

/**
 * Markers that appear only inside `internal { ... }` blocks: any of them in a customer or
 * user view output is a leak.
 */
export const INTERNAL_MARKERS = [
    'INTERNAL-mx01-cluster',
    'wiki.acme.example/runbooks/mx',
    'INTERNAL-erp-db-password-rotation',
    'INTERNAL-oncall-4711'
] as const;

/**
 * A realistic multi-file workspace whose strings are hostile: markup in titles and
 * categories, a `</style>` breakout, quotes of both kinds, a `javascript:` request link,
 * Markdown control characters, and a title that looks like a path traversal.
 */
export const FIXTURE_FILES: Record<string, string> = {
    'parties.svcdef': `
namespace acme.org
/** Runs the shared IT services for every division. */
provider CentralIT "Central IT Services" { contact "it-service-desk@acme.example" }
customer Finance "Finance <b>Division</b>" { contact "cfo-office@acme.example" users 450 }
customer Sales "Sales & \\"Field\\" Teams" { contact "https://sales.acme.example/it" users 1200 }
unit NetworkOps "Network Operations"
supplier CloudCo "CloudCo Ltd" { contact "javascript:alert('supplier')" }
calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"
`,
    'services/collaboration.svcdef': `
namespace acme.it
/**
 * Mailboxes, calendars and shared folders for every employee.
 * Pipes | stars * underscores _ and <tags> must survive as text.
 */
service Email "Corporate Email" {
  status live
  owner CentralIT
  category "Collaboration"
  hours Business
  support "service-desk@acme.example"
  request "https://portal.acme.example/email?team=a&b=c"
  depends on Directory, Network
  offering Standard "Standard mailbox" { price 4.50 EUR per user per month description "50 GB | archive *on*" }
  offering Large { price 7 EUR per user per month }
  internal {
    notes "Runs on INTERNAL-mx01-cluster"
    runbook "https://wiki.acme.example/runbooks/mx"
  }
}

/** Chat with "quotes" and 'apostrophes'. */
service Chat "<script>alert('chat')</script>" {
  status pipeline
  owner CentralIT
  category "Collab </style><script>alert(1)</script>"
  request "javascript:alert(document.cookie)"
  support "mailto:chat-help@acme.example"
  internal { oncall "INTERNAL-oncall-4711" }
}

service Traversal "../../../etc/passwd" {
  status planned
  owner CentralIT
  category "/absolute/../path"
}
`,
    'services/infrastructure.svcdef': `
namespace acme.it
service Directory "Directory Services" { status live owner CentralIT hours 24x7 category "Infrastructure" }
service Network "Campus Network" { status live owner NetworkOps hours 24x7 category "Infrastructure" }
/** Enterprise resource planning for finance and sales. */
service Erp "ERP" {
  status live
  owner CentralIT
  category "Business applications"
  hours Business
  request "http://erp.acme.example/request"
  depends on Directory, Network
  offering Named { price 120 EUR per user per year }
  internal { secrets "INTERNAL-erp-db-password-rotation" }
}
`,
    'agreements.svcdef': `
/** The email promise to Finance. */
sla FinanceEmail "Email for Finance" {
  customer Finance
  provider CentralIT
  services Email
  status finalized
  valid from 2026-01-01 to 2026-12-31
  review quarterly
  hours Business
  target availability >= 99.9% per month
  target incidentResponse <= 30min for P1
  target incidentResolution <= 4h for P1
  target latency <= 300ms at p95
  credit 5% when availability < 99.9%
  credit 250 EUR when availability < 99%
  responsibility customer "Report incidents through the <service desk>"
  responsibility provider "Announce planned maintenance | five days ahead"
}

sla SalesErp "ERP for \\"Sales\\"" {
  customer Sales
  provider CentralIT
  services Erp, Email
  status draft
  valid from 2026-03-15
  review annual
  target availability >= 99.5% per quarter
  target requestFulfilment <= 2d
  responsibility customer "Keep user list current"
}

ola NetworkForEmail {
  unit NetworkOps
  provider CentralIT
  supports FinanceEmail
  services Network
  status finalized
  target availability >= 99.95% per month
}

uc CloudMail "Cloud mail relay" {
  supplier CloudCo
  supports FinanceEmail
  contract "C-2026-114"
  valid from 2026-01-01 to 2027-12-31
  target availability >= 99.95% per month
}
`,
    'demand.svcdef': `
pattern MonthEndClose "Finance month-end close" {
  customer Finance
  drives Email, Erp
  users 120 "Accountants"
  peak "last three business days of each month" x3.0
  classification must-have
}

forecast EmailDemand for Email {
  period 2027-Q1 demand 1200 mailboxes
  period 2027-Q2 demand 1300 mailboxes
}

package EmailGold "Email gold package" {
  service Email
  serves MonthEndClose
  sla FinanceEmail
  capacity 1350 mailboxes
}
`,
    'bindings.svcdef': `
binding SlaAuthoring implements A243 {
  owner CentralIT
  tool "Confluence & Jira"
  produces "SLAs, OLAs, UCs" { FinanceEmail, NetworkForEmail, CloudMail }
  consumes "Service Catalog", "Service Level Requirements"
}

binding CatalogPublishing implements A235 {
  owner CentralIT
  produces "Service Catalog" { Email, Network, Directory, Erp }
}

binding DemandPlanning implements A25 {
  owner NetworkOps
  produces "Service Demand Forecasts" { EmailDemand }
}
`
};

export interface Fixture {
    readonly workspace: TestWorkspace;
    readonly models: Model[];
    readonly catalog: Catalog;
}

/** The user's models of a test workspace, as the CLI's loader hands them over. */
export function userModels(workspace: TestWorkspace): Model[] {
    return workspace.services.shared.workspace.LangiumDocuments.all
        .filter(document => !isBuiltinUri(document.uri))
        .map(document => document.parseResult.value as Model)
        .toArray();
}

export async function loadFixture(files: Record<string, string> = FIXTURE_FILES): Promise<Fixture> {
    const { workspace } = createTestServices({ today: '2026-06-01' });
    const ws = await workspace(files);
    const models = userModels(ws);
    return { workspace: ws, models, catalog: buildCatalog(models, catalogSourcesOf(ws.services)) };
}
