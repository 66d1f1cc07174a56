/** Parties and services most check tests share, so each test shows only what it is about. */
export const PARTIES = `
provider CentralIT "Central IT"
customer Finance "Finance Division"
customer Sales "Sales"
unit NetworkOps "Network Operations"
supplier CloudCo "CloudCo Ltd"
service Email { status live owner CentralIT }
service Network { status live owner NetworkOps }
service Erp { status live owner CentralIT }
`;
