/**
 * The snippets of svcdef, in one place: the language server offers each one where the
 * grammar expects the keyword it starts with, in the rule it belongs to (a `customer`
 * declaration at the top level, not the `customer` line of an SLA; a `target` inside an
 * agreement, an offering or a `for service` block). Bodies use the LSP snippet syntax
 * (`${1:default}`, `${1|a,b|}`, `$0`) and are checked to parse with their defaults.
 */

/** Where a snippet may stand: where the grammar expects `keyword` of parser rule `rule`. */
export interface SnippetPlace {
    readonly keyword: string;
    readonly rule: string;
}

export interface SvcdefSnippet {
    /** What the completion list shows beside the prefix. */
    readonly name: string;
    /** What the user types to find it. */
    readonly prefix: string;
    readonly where: SnippetPlace;
    readonly description: string;
    /** Lines of the body; a tab is one level of indentation, adapted by the editor. */
    readonly body: readonly string[];
}

/** Every snippet; a documentation comment is offered where a top-level element can start. */
export const SVCDEF_SNIPPETS: readonly SvcdefSnippet[] = [
    {
        name: 'Provider',
        prefix: 'provider',
        where: { keyword: 'provider', rule: 'Provider' },
        description: 'An IT provider: the party that delivers services and signs SLAs.',
        body: [
            'provider ${1:CentralIT} "${2:Central IT Services}" {',
            '\tcontact "${3:it-service-desk@example.com}"',
            '}$0'
        ]
    },
    {
        name: 'Customer',
        prefix: 'customer',
        where: { keyword: 'customer', rule: 'Customer' },
        description: 'A customer: the business party an SLA is agreed with.',
        body: [
            'customer ${1:Finance} "${2:Finance Division}" {',
            '\tcontact "${3:cfo-office@example.com}"',
            '\tusers ${4:450}',
            '}$0'
        ]
    },
    {
        name: 'Unit',
        prefix: 'unit',
        where: { keyword: 'unit', rule: 'Unit' },
        description: 'An internal organizational unit: the party of an OLA.',
        body: [
            'unit ${1:NetworkOps} "${2:Network Operations}"$0'
        ]
    },
    {
        name: 'Supplier',
        prefix: 'supplier',
        where: { keyword: 'supplier', rule: 'Supplier' },
        description: 'An external supplier: the party of an underpinning contract.',
        body: [
            'supplier ${1:CloudCo} "${2:CloudCo Ltd}" {',
            '\tcontact "${3:account-manager@cloudco.example}"',
            '}$0'
        ]
    },
    {
        name: 'Calendar',
        prefix: 'calendar',
        where: { keyword: 'calendar', rule: 'Calendar' },
        description: 'Service hours that targets and services refer to.',
        body: [
            'calendar ${1:Business} "${2:Mon-Fri 08:00-18:00}" timezone "${3:Europe/Berlin}"$0'
        ]
    },
    {
        name: 'Calendar with hours',
        prefix: 'calendar',
        where: { keyword: 'calendar', rule: 'Calendar' },
        description: 'Service or support hours the checks can compute with: a time zone, weekly hours, holidays and maintenance windows.',
        body: [
            'calendar ${1:Business} "${2:Office hours}" {',
            '\ttimezone "${3:Europe/Berlin}"',
            '\thours ${4:Mon-Fri} ${5:08:00-18:00}',
            '\tholiday ${6:2026-12-24} "${7:Christmas Eve}"',
            '\tmaintenance ${8:Sun} ${9:02:00-05:00} "${10:Weekly patch window}"',
            '}$0'
        ]
    },
    {
        name: 'Metric',
        prefix: 'metric',
        where: { keyword: 'metric', rule: 'Metric' },
        description: 'A metric of your own, with its unit and which direction is better.',
        body: [
            'metric ${1:changeSuccess} "${2:Change success rate}" ${3|percent,duration,number|} ${4|higher,lower|}$0'
        ]
    },
    {
        name: 'Priority',
        prefix: 'priority',
        where: { keyword: 'priority', rule: 'Priority' },
        description: 'Defines a priority: P1 to P5 give the built-in priorities their meaning, any other name declares a new one.',
        body: [
            'priority ${1:P1} "${2:Critical}" {',
            '\timpact ${3|high,medium,low|}',
            '\turgency ${4|high,medium,low|}',
            '\tdescription "${5:A whole site, or patient or production safety, is affected}"',
            '}$0'
        ]
    },
    {
        name: 'Service',
        prefix: 'service',
        where: { keyword: 'service', rule: 'Service' },
        description: 'A service of the catalog, with its status, kind, criticality, owner, manager, hours and how to get it.',
        body: [
            'service ${1:Email} "${2:Corporate Email}" {',
            '\tstatus ${3|live,planned,pipeline,retiring,retired|}',
            '\tkind ${4|business,technical|}',
            '\tcriticality ${5|high,medium,low|}',
            '\towner ${6:CentralIT}',
            '\tmanager ${7:ServiceDesk}',
            '\tcategory "${8:Collaboration}"',
            '\thours ${9:24x7}',
            '\tsupport "${10:service-desk@example.com}"',
            '\trequest "${11:https://portal.example.com/request}"',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Offering',
        prefix: 'offering',
        where: { keyword: 'offering', rule: 'Offering' },
        description: 'An offering of a service, with its price.',
        body: [
            'offering ${1:Standard} "${2:Standard package}" { price ${3:4.50} ${4:EUR} per ${5:user} per ${6|month,year,quarter,week,day|} }$0'
        ]
    },
    {
        name: 'Offering with service levels',
        prefix: 'offering',
        where: { keyword: 'offering', rule: 'Offering' },
        description: 'A tier of a service (Gold, Silver, Bronze) with its price and the service levels it publishes.',
        body: [
            'offering ${1:Gold} "${2:Gold}" {',
            '\tprice ${3:7.00} ${4:EUR} per ${5:user} per ${6|month,year,quarter,week,day|}',
            '\ttarget availability >= ${7:99.95}% per month',
            '\ttarget incidentResolution <= ${8:4h} for ${9:P1}',
            '}$0'
        ]
    },
    {
        name: 'Internal notes',
        prefix: 'internal',
        where: { keyword: 'internal', rule: 'InternalBlock' },
        description: 'Notes for the support view only; never published to customers or users.',
        body: [
            'internal {',
            '\tnotes "${1:Runs on cluster mx-01}"',
            '\trunbook "${2:https://wiki.example.com/runbook}"',
            '}$0'
        ]
    },
    {
        name: 'Service level agreement',
        prefix: 'sla',
        where: { keyword: 'sla', rule: 'Sla' },
        description: 'A service level agreement with a customer.',
        body: [
            'sla ${1:FinanceEmail} "${2:Email for Finance}" {',
            '\tcustomer ${3:Finance}',
            '\tprovider ${4:CentralIT}',
            '\tservices ${5:Email}',
            '\tstatus ${6|draft,finalized|}',
            '\tvalid from ${7:2026-01-01} to ${8:2026-12-31}',
            '\treview ${9|quarterly,monthly,semiannual,annual|}',
            '\thours ${10:Business}',
            '\ttarget availability >= ${11:99.9}% per month',
            '\ttarget incidentResponse <= ${12:30min} for P1',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Service level agreement with per-service targets',
        prefix: 'sla',
        where: { keyword: 'sla', rule: 'Sla' },
        description: 'An SLA for several customers and services: agreement-wide targets, a tier it sells, its parent, and targets for one service.',
        body: [
            'sla ${1:EmergencyEHR} "${2:EHR for the Emergency Department}" {',
            '\tcustomers ${3:Emergency}, ${4:IntensiveCare}',
            '\tprovider ${5:CentralIT}',
            '\tservices ${6:EHR}, ${7:Printing}',
            '\tofferings ${8:EHR.Gold}',
            '\tpart of ${9:Corporate}',
            '\tstatus ${10|draft,finalized|}',
            '\tvalid from ${11:2026-01-01} to ${12:2026-12-31}',
            '\ttarget incidentResponse <= ${13:30min} for ${14:P1}',
            '\tfor service ${15:EHR} {',
            '\t\ttarget availability >= ${16:99.95}% per month',
            '\t\ttarget rpo <= ${17:15min}',
            '\t}',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Operational level agreement',
        prefix: 'ola',
        where: { keyword: 'ola', rule: 'Ola' },
        description: 'An operational level agreement with an internal unit, supporting an SLA.',
        body: [
            'ola ${1:NetworkForEmail} {',
            '\tunit ${2:NetworkOps}',
            '\tprovider ${3:CentralIT}',
            '\tsupports ${4:FinanceEmail}',
            '\tservices ${5:Network}',
            '\ttarget availability >= ${6:99.95}% per month',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Underpinning contract',
        prefix: 'uc',
        where: { keyword: 'uc', rule: 'Uc' },
        description: 'An underpinning contract with an external supplier, supporting an SLA.',
        body: [
            'uc ${1:CloudMail} {',
            '\tsupplier ${2:CloudCo}',
            '\tsupports ${3:FinanceEmail}',
            '\tcontract "${4:C-2026-114}"',
            '\tvalid from ${5:2026-01-01} to ${6:2027-12-31}',
            '\ttarget availability >= ${7:99.95}% per month',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Target',
        prefix: 'target',
        where: { keyword: 'target', rule: 'Target' },
        description: 'A service level target inside an agreement.',
        body: [
            'target ${1:availability} ${2|>=,<=,>,<,=|} ${3:99.9%} per ${4|month,quarter,year,week,day|}$0'
        ]
    },
    {
        name: 'Targets for one service',
        prefix: 'for',
        where: { keyword: 'for', rule: 'ServiceScope' },
        description: 'Targets that apply to one service of the agreement only (a service the agreement covers).',
        body: [
            'for service ${1:EHR} {',
            '\ttarget ${2:availability} ${3|>=,<=,>,<,=|} ${4:99.95%} per ${5|month,quarter,year,week,day|}',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Service credit',
        prefix: 'credit',
        where: { keyword: 'credit', rule: 'Credit' },
        description: 'A service credit owed when a target is missed, as a share of the charge.',
        body: [
            'credit ${1:5}% of ${2|monthly,quarterly,annual|} charge when ${3:availability} ${4|<,<=,>,>=,=|} ${5:99.9%} per ${6|month,quarter,year,week,day|}$0'
        ]
    },
    {
        name: 'Credit terms',
        prefix: 'credit',
        where: { keyword: 'credit', rule: 'CreditCap' },
        description: 'The cap on service credits, how several missed targets combine, and the time to claim them.',
        body: [
            'credit cap ${1:20}% of ${2|monthly,quarterly,annual|} charge per ${3|month,quarter,year,week,day|}',
            'credits ${4|highest-only,cumulative|}',
            'claim within ${5:30d}$0'
        ]
    },
    {
        name: 'Responsibility',
        prefix: 'responsibility',
        where: { keyword: 'responsibility', rule: 'Responsibility' },
        description: 'What one party of an agreement undertakes to do.',
        body: [
            'responsibility ${1|customer,provider,unit,supplier|} "${2:Report incidents through the service desk}"$0'
        ]
    },
    {
        name: 'Escalation path',
        prefix: 'escalation',
        where: { keyword: 'escalation', rule: 'Escalation' },
        description: 'Who a customer escalates to, level by level, and after how long.',
        body: [
            'escalation {',
            '\tlevel 1 "${1:Service desk}" contact "${2:+49 30 1234 5678}" after ${3:0min}',
            '\tlevel 2 "${4:Duty manager}" contact "${5:duty@example.com}" after ${6:30min}',
            '\tlevel 3 "${7:Head of IT}" contact "${8:cio-office@example.com}" after ${9:2h}',
            '}$0'
        ]
    },
    {
        name: 'Document control',
        prefix: 'approved',
        where: { keyword: 'approved', rule: 'Approval' },
        description: 'The version of an agreement and who approved it, in what role and when.',
        body: [
            'version "${1:1.0}"',
            'approved by ${2:Finance} "${3:Chief Financial Officer}" on ${4:2026-01-10}$0'
        ]
    },
    {
        name: 'Reporting',
        prefix: 'reporting',
        where: { keyword: 'reporting', rule: 'Reporting' },
        description: 'How often service level reports go to whom, and what they are called.',
        body: [
            'reporting ${1|monthly,weekly,quarterly,semiannual,annual|} to ${2:Finance} "${3:Availability and incident report}"$0'
        ]
    },
    {
        name: 'Pattern of business activity',
        prefix: 'pattern',
        where: { keyword: 'pattern', rule: 'Pattern' },
        description: 'A pattern of business activity that drives demand for services.',
        body: [
            'pattern ${1:MonthEndClose} "${2:Finance month-end close}" {',
            '\tcustomer ${3:Finance}',
            '\tdrives ${4:Email}',
            '\tusers ${5:120} "${6:Accountants}"',
            '\tpeak "${7:last three business days of each month}" x${8:3.0}',
            '\tclassification ${9|must-have,important,nice-to-have|}',
            '}$0'
        ]
    },
    {
        name: 'Service demand forecast',
        prefix: 'forecast',
        where: { keyword: 'forecast', rule: 'Forecast' },
        description: 'Expected demand for a service, period by period.',
        body: [
            'forecast ${1:EmailDemand} for ${2:Email} {',
            '\tperiod ${3:2027-Q1} demand ${4:1200} ${5:mailboxes}',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Service level package',
        prefix: 'package',
        where: { keyword: 'package', rule: 'ServicePackage' },
        description: 'A service level package: services, the SLA they come with, and their capacity.',
        body: [
            'package ${1:EmailGold} "${2:Email gold package}" {',
            '\tservice ${3:Email}',
            '\tserves ${4:MonthEndClose}',
            '\tsla ${5:FinanceEmail}',
            '\tcapacity ${6:1250} ${7:mailboxes}',
            '}$0'
        ]
    },
    {
        name: 'Activity binding',
        prefix: 'binding',
        where: { keyword: 'binding', rule: 'Binding' },
        description: 'Who carries out an A2 process or activity, and which artifacts flow through it.',
        body: [
            'binding ${1:SlaAuthoring} "${2:Write and maintain SLAs}" implements ${3:A243} {',
            '\towner ${4:CentralIT}',
            '\ttool "${5:Confluence and Jira}"',
            '\tproduces "${6:SLAs, OLAs, UCs}" { ${7:FinanceEmail} }',
            '\tconsumes "${8:Service Catalog}"',
            '}$0'
        ]
    },
    {
        name: 'Namespace',
        prefix: 'namespace',
        where: { keyword: 'namespace', rule: 'Model' },
        description: 'Puts the elements of this file under a namespace (first line of the file).',
        body: [
            'namespace ${1:acme.it}',
            '$0'
        ]
    },
    {
        name: 'Documentation comment',
        prefix: '/**',
        where: { keyword: 'service', rule: 'Service' },
        description: 'A description shown in hovers and in the published catalog.',
        body: [
            '/** ${1:What this is and who it is for.} */$0'
        ]
    }
];
