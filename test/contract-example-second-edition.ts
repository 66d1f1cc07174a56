/**
 * The second-edition forms of LANGUAGE.md (names and kinds, qualifiers in any order,
 * priorities, service kinds and tiers, agreement scope and parents, credits, escalation,
 * reporting and document control), written as one consistent workspace that must
 * validate clean.
 */
export const SECOND_EDITION_EXAMPLE = `
provider CentralIT "Central IT Services" { contact "it-service-desk@acme.example" }
customer Emergency "Emergency Department"
customer IntensiveCare "Intensive Care"
customer Finance "Finance Division"
customer Pharmacy "Hospital Pharmacy"
unit NetworkOps "Network Operations"
supplier CloudCo "CloudCo Ltd"

priority P1 "Critical" {
  impact high
  urgency high
  description "A whole site, or patient or production safety, is affected"
}
priority Major "Major incident" { impact high urgency medium }

/** The dispensing system of the hospital pharmacy. */
service Pharmacy "Pharmacy System" { status live owner CentralIT }

service Network "Corporate Network" {
  status live
  kind technical
  tags "infrastructure", "wan"
  criticality high
  owner CentralIT
  manager NetworkOps
}

service EHR "Electronic Health Record" {
  status live
  criticality high
  owner CentralIT
  depends on Network
  offering Gold "Gold" {
    price 7.00 EUR per user per month
    target availability >= 99.95% per month
    target incidentResolution <= 4h for P1
  }
  offering Silver { target availability >= 99.5% per month }
}

service Printing { status live owner CentralIT }

service Erp { status live owner CentralIT }

sla Corporate "Corporate SLA" {
  customers Emergency, IntensiveCare, Finance
  provider CentralIT
  services EHR, Printing
  status finalized
  valid from 2026-01-01 to 2026-12-31
  target incidentResponse <= 1h for P1
}

sla EmergencyEHR "EHR for the Emergency Department" {
  customers Emergency, IntensiveCare
  services EHR, Printing
  offerings EHR.Gold
  part of Corporate
  status finalized
  valid from 2026-01-01 to 2026-12-31
  target incidentResponse <= 30min for P1
  target incidentResponse <= 15min at p95 for P1
  for service EHR {
    target availability >= 99.95% per month
    target incidentResolution <= 4h for P1
    target rpo <= 15min
  }
}

sla FinanceErp {
  customer Finance
  provider CentralIT
  services Erp
  status finalized
  valid from 2026-01-01 to 2026-12-31
  target availability >= 99.9% per month
  target incidentResolution <= 4h for P1
  credit 5% of monthly charge when availability < 99.9% per month
  credit 10% of monthly charge when availability < 99.0% per month
  credit 2% of monthly charge when incidentResolution > 4h for P1
  credit cap 20% of monthly charge per month
  credits highest-only
  claim within 30d
  escalation {
    level 1 "Service desk" contact "+49 30 1234 5678" after 0min
    level 2 "Duty manager" contact "duty@acme.example" after 30min
    level 3 "Head of IT" contact "cio-office@acme.example" after 2h
  }
  reporting monthly to Finance "Availability and incident report"
  exclusion "Outages caused by customer-owned equipment"
  exclusion "Planned maintenance announced five working days ahead"
  version "2.1"
  approved by Finance "Chief Financial Officer" on 2026-01-10
  approved by CentralIT "Head of IT Services" on 2026-01-12
}

ola NetworkForEHR {
  unit NetworkOps
  provider CentralIT
  supports EmergencyEHR
  services Network
  status finalized
  valid from 2026-01-01 to 2026-12-31
  for service Network {
    target availability >= 99.99% per month
  }
  target incidentResponse <= 10min for P1 at p95
  escalation { level 1 "Network operations centre" contact "noc@acme.example" after 0min }
  version "1.0"
  approved by NetworkOps "Head of Network Operations" on 2025-12-15
}

uc CloudErp {
  supplier CloudCo
  supports FinanceErp
  services Erp
  contract "C-2026-114"
  valid from 2026-01-01 to 2027-12-31
  target availability >= 99.95% per month
  target incidentResolution <= 2h for P1
  credit 10% of monthly charge when availability < 99.95% per month
  credit cap 50000 EUR per year
  credits cumulative
  claim within 14d
}

binding Catalog implements A235 {
  owner CentralIT
  produces "Service Catalog" { Pharmacy, EHR, Printing, Erp, Network }
}
`;
