/**
 * A workspace in the time forms: structured calendars in two zones, with holidays inline
 * and from an iCalendar file, weekly and one-off maintenance, a shift that runs overnight
 * from Friday into Saturday and a maintenance window from Sunday night into Monday;
 * agreements with service hours, support hours, business durations and `during`; an OLA
 * under an SLA's availability. Strings that reach documents are hostile.
 */
export const TIME_FILES: Record<string, string> = {
    'berlin-2026.ics': [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//svcdef tests//Berlin 2026//EN',
        'BEGIN:VEVENT',
        'UID:20261003@test.example',
        'DTSTAMP:20260101T000000Z',
        'DTSTART;VALUE=DATE:20261003',
        'DTEND;VALUE=DATE:20261004',
        'SUMMARY:German Unity Day',
        'END:VEVENT',
        'END:VCALENDAR',
        ''
    ].join('\r\n'),
    'calendars.svcdef': `
calendar Office "Office <hours>" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  hours Sat 09:00-13:00
  holiday 2026-12-24 "Christmas <Eve> | *closed*"
  holiday 2026-12-25 to 2026-12-26 "Christmas"
  holiday 2027-01-01 "New Year"
  holidays "berlin-2026.ics"
  maintenance 2026-03-29 01:00-04:00 "Clock change"
  maintenance 2027-03-28 23:00-01:00 "Next year"
}

calendar Plant "Plant shifts" {
  timezone "Europe/Berlin"
  hours Mon-Fri 06:00-22:00
  hours Fri 22:00-06:00
  maintenance Sun 23:00-01:00 "Night backup"
  maintenance Sat 05:00-07:00
}

calendar Weekdays "Weekdays" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-18:00
}

calendar Always "Round the clock in New York" {
  timezone "America/New_York"
  hours Mon-Sun 00:00-24:00
  maintenance Sat 03:00-04:00 "Storage firmware"
}

calendar Words "Mon-Fri 07:00-19:00" timezone "Europe/Berlin"
`,
    'parties.svcdef': `
provider IT "Hospital IT"
customer Ward "Ward 7"
unit Ops "Operations"
`,
    'services.svcdef': `
service Portal "Patient portal" { status live owner IT hours Plant support hours Office }
service Lab "Lab results" { status live owner IT hours Always }
`,
    'agreements.svcdef': `
sla Clinic "Clinic <SLA>" {
  customer Ward
  provider IT
  services Portal
  status finalized
  valid from 2026-01-01 to 2026-12-31
  hours Plant
  support hours Office
  target availability >= 99.8% per month
  target incidentResolution <= 2 business days for P3
  target requestFulfilment <= 16 business hours
  target availability >= 99.9% per quarter during Always
}

sla Desk "Service desk" {
  customer Ward
  provider IT
  services Portal
  status finalized
  hours Weekdays
  target availability >= 99.9% per month
  target incidentResolution <= 1 business days for P2
}

sla Results "Lab results SLA" {
  customer Ward
  provider IT
  services Lab
  status finalized
  hours Always
  target availability >= 99.95% per month
  target latency <= 200ms at p95
}

sla Legacy "Legacy hours" {
  customer Ward
  provider IT
  services Lab
  status finalized
  hours Words
  target availability >= 99.5%
  target requestFulfilment <= 3 business days
}

ola PlantOps "Plant operations" {
  unit Ops
  provider IT
  supports Clinic
  services Portal
  status finalized
  hours Plant
  target availability >= 99.9% per month
}
`
};
