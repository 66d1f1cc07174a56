/**
 * A workspace in the second edition's forms whose new strings are hostile: markup and
 * Markdown control characters in priority definitions, tags, escalation contacts,
 * reporting titles, exclusions, approval roles and versions. A corporate SLA with a
 * child that is `part of` it, per-service targets, tiers with service levels, and a
 * technical service that only the support view may show.
 */
export const SECOND_EDITION_FILES: Record<string, string> = {
    'parties.svcdef': `
provider CentralIT "Central IT Services" { contact "it-service-desk@hospital.example" }
customer Emergency "Emergency <b>Department</b>"
customer IntensiveCare "Intensive Care"
unit NetworkOps "Network Operations"
`,
    'priorities.svcdef': `
priority P1 "Critical <x>" {
  impact high
  urgency high
  description "A whole site is down | *patient safety* at <risk>"
}
priority Major "Major incident" { impact high urgency medium }
`,
    'services.svcdef': `
service Network "Hospital <Core> Network" {
  status live
  kind technical
  tags "infra <wan>", "wan | lan"
  criticality high
  owner CentralIT
  manager NetworkOps
  internal { runbook "TECH-ONLY-runbook" }
}

service EHR "Electronic Health Record" {
  status live
  criticality high
  tags "clinical"
  owner CentralIT
  manager NetworkOps
  depends on Network
  offering Gold "Gold tier" {
    price 7.00 EUR per user per month
    target availability >= 99.95% per month
    target incidentResolution <= 4h for P1
  }
  offering Silver { target availability >= 99.5% per month }
}

service Printing "Ward Printing" { status live owner CentralIT }
`,
    'agreements.svcdef': `
sla Corporate "Corporate SLA" {
  customers Emergency, IntensiveCare
  provider CentralIT
  services EHR, Printing
  status finalized
  valid from 2026-01-01 to 2026-12-31
  target availability >= 99.5% per month
  target incidentResponse <= 1h for P2
  for service Printing { target incidentResolution <= 8h for Major }
}

sla EmergencyEHR "EHR for the Emergency Department" {
  customers Emergency, IntensiveCare
  provider CentralIT
  services EHR, Printing, Network
  offerings EHR.Gold
  part of Corporate
  status finalized
  valid from 2026-01-01 to 2026-12-31
  target incidentResponse <= 30min for P1
  for service EHR {
    target availability >= 99.95% per month
    target rpo <= 15min
    target latency <= 300ms at p95
  }
  credit 5% of monthly charge when availability < 99.95% per month
  credit 250 EUR when incidentResponse > 30min for P1
  credit cap 20% of monthly charge per month
  claim within 30d
  escalation {
    level 1 "Service <desk>" contact "+49 30 1234 | 5678" after 0min
    level 2 "Duty *manager*" contact "duty@hospital.example" after 30min
    level 3 "Head of IT" contact "javascript:alert('esc')" after 2h
  }
  reporting monthly to Emergency "Availability <report> | monthly"
  exclusion "Outages caused by <customer> equipment | *planned*"
  exclusion "Force majeure"
  version "2.1 <rc>"
  approved by Emergency "Chief <Medical> Officer" on 2026-01-10
  approved by CentralIT "Head of IT | Services" on 2026-01-12
}

ola NetworkForEHR {
  unit NetworkOps
  provider CentralIT
  supports EmergencyEHR
  services Network
  status finalized
  for service Network { target availability >= 99.99% per month }
  version "1.0"
  approved by NetworkOps "Head of Network Operations" on 2025-12-15
}
`
};

/** Strings of the technical service that no customer or user view may show. */
export const TECHNICAL_MARKERS = ['Hospital &lt;Core&gt; Network', 'Hospital <Core> Network', 'Hospital \\<Core\\> Network', 'TECH-ONLY-runbook'] as const;
