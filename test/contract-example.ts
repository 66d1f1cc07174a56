/** The forms of LANGUAGE.md in one file; it validates with no diagnostics. */
export const CONTRACT_EXAMPLE = `
namespace acme.it
provider CentralIT "Central IT Services" { contact "it-service-desk@acme.example" }
customer Finance "Finance Division" { contact "cfo-office@acme.example" users 450 }
unit NetworkOps "Network Operations"
supplier CloudCo "CloudCo Ltd"
calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"
metric changeSuccess "Change success rate" percent higher
/** Mailboxes, calendars and shared folders for every employee. */
service Email "Corporate Email" {
  status live
  owner CentralIT
  category "Collaboration"
  hours Business
  support "service-desk@acme.example"
  request "https://portal.acme.example/email"
  depends on Directory, Network
  offering Standard "Standard mailbox" { price 4.50 EUR per user per month }
  offering Large { price 7.00 EUR per user per month }
  internal {
    notes "Runs on mail cluster mx-01"
    runbook "https://wiki.acme.example/mx"
  }
}
service Directory { status live owner CentralIT hours 24x7 }
service Network { status live owner NetworkOps }
service Erp { status live owner CentralIT }
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
  responsibility customer "Report incidents through the service desk"
  responsibility provider "Announce planned maintenance five days ahead"
}
sla FinanceErp { customer Finance provider CentralIT services Erp, Email status draft }
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
  contract "C-2026-114"
  valid from 2026-01-01 to 2027-12-31
  target availability >= 99.95% per month
}
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
binding SlaAuthoring implements A243 {
  owner CentralIT
  tool "Confluence and Jira"
  produces "SLAs, OLAs, UCs" { FinanceEmail, NetworkForEmail, CloudMail }
  consumes "Service Catalog", "Service Level Requirements"
}
binding CatalogPublishing implements A235 {
  owner CentralIT
  produces "Service Catalog" { Email, Network, Directory, Erp }
}
`;
