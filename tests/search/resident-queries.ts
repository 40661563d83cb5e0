/**
 * Queries as residents type them, each with the page that answers it and so should come first. They are searched
 * on one site holding the three example councils (tests/fixtures/examples) and the nine real ones
 * (tests/fixtures/real), as a national site would hold them. Each query was written from the councils' files,
 * before anything was searched for: when one fails, the search is what to fix, not the query.
 */

export type QueryKind =
  | "place"
  | "topic"
  | "misspelling"
  | "split words"
  | "plural"
  | "phrase"
  | "question"
  | "id"
  | "job title"
  | "amount"
  | "month"
  | "contact";

export interface ResidentQuery {
  /** As typed into the search box. */
  query: string;
  kind: QueryKind;
  /** The page that answers it, from the site's root: "brackenfold/actions/wc1/". */
  expect: string;
  /** Why that page, from the councils' files. */
  why: string;
}

export const residentQueries: readonly ResidentQuery[] = [
  // Places
  { query: "Skerrow Lane", kind: "place", expect: "kestrelmouth/actions/hwy1/", why: "HWY1's summary names it; reports mention it since" },
  { query: "Quillbury Street", kind: "place", expect: "fernshire/actions/pr1/", why: "PR1 is the action about the building" },
  { query: "Tollbridge Library", kind: "place", expect: "fernshire/actions/lb1/", why: "LB1, library hubs, names it" },
  { query: "Brenmoor Road", kind: "place", expect: "fernshire/actions/fl1/", why: "FL1, the fleet, names the depot" },
  { query: "Lanyard House", kind: "place", expect: "kestrelmouth/actions/est1/", why: "EST1, fewer buildings, names it" },
  { query: "Stannock House", kind: "place", expect: "brackenfold/actions/ws1/", why: "WS1's title: Leave Stannock House" },
  { query: "Pellingford", kind: "place", expect: "fernshire/progress/2024-25-q4/", why: "named in that report only" },
  { query: "Lugworm Quay", kind: "place", expect: "kestrelmouth/progress/2025-26-q1/", why: "named in that report only" },
  {
    query: "Staines-upon-Thames",
    kind: "place",
    expect: "spelthorne/actions/hc-1/",
    why: "HC-1's title: the Eclipse Leisure Centre there",
  },
  { query: "kings lynn", kind: "place", expect: "kings-lynn-and-west-norfolk/", why: "the council's plan, typed without the apostrophe" },

  // Topics
  { query: "food waste", kind: "topic", expect: "brackenfold/actions/wc1/", why: "WC1 starts food waste collections" },
  { query: "fly-tipping", kind: "topic", expect: "spelthorne/actions/csb-4/", why: "CSB-4: CCTV for fly-tipping hotspots" },
  { query: "graffiti", kind: "topic", expect: "spelthorne/actions/csb-5/", why: "CSB-5: removing graffiti within 48 hours" },
  { query: "telematics", kind: "topic", expect: "fernshire/actions/fl1/", why: "FL1's telematics review of the fleet" },
  { query: "foster carers", kind: "topic", expect: "kestrelmouth/actions/chs1/", why: "CHS1, children cared for close to home" },
  { query: "planning fees", kind: "topic", expect: "brackenfold/barriers/", why: "the barrier 'Planning fees set below cost'" },
  { query: "grid connections", kind: "topic", expect: "fernshire/barriers/", why: "the barrier 'Waiting for grid connections'" },
  { query: "agency social workers", kind: "topic", expect: "kestrelmouth/barriers/", why: "the barrier of that name" },
  { query: "affordable housing", kind: "topic", expect: "bracknell-forest/actions/2-01-02/", why: "2-01-02, a planning document on it" },
  { query: "financial hardship", kind: "topic", expect: "bracknell-forest/actions/4-01-04/", why: "4-01-04, the hardship action plan" },
  { query: "exceptional financial support", kind: "topic", expect: "southampton/", why: "the plan's introduction" },
  { query: "Ofsted", kind: "topic", expect: "kestrelmouth/actions/chs1/", why: "CHS1 is the action the Ofsted rating is about" },
  { query: "QR codes", kind: "topic", expect: "spelthorne/actions/csb-3/", why: "CSB-3: QR codes on bins" },

  // Misspellings
  { query: "grafitti", kind: "misspelling", expect: "spelthorne/actions/csb-5/", why: "graffiti" },
  { query: "telematcs", kind: "misspelling", expect: "fernshire/actions/fl1/", why: "telematics" },
  { query: "Stanock House", kind: "misspelling", expect: "brackenfold/actions/ws1/", why: "Stannock House" },
  { query: "libary hubs", kind: "misspelling", expect: "fernshire/actions/lb1/", why: "library hubs" },
  {
    query: "recyling",
    kind: "misspelling",
    expect: "brackenfold/actions/wc1/",
    why: "recycling: only Brackenfold's bin action and its reports say it",
  },

  // Split or joined words
  { query: "fly tipping", kind: "split words", expect: "spelthorne/actions/csb-4/", why: "fly-tipping" },
  { query: "call back service", kind: "split words", expect: "kestrelmouth/actions/cc1/", why: "CC1's call-back service" },
  {
    query: "in cab tablets",
    kind: "split words",
    expect: "brackenfold/themes/technology/",
    why: "what was done already: in-cab tablets for bin crews",
  },
  { query: "home to school transport", kind: "split words", expect: "fernshire/actions/st1/", why: "ST1, home-to-school transport" },

  // Plurals and singulars
  { query: "library hub", kind: "plural", expect: "fernshire/actions/lb1/", why: "LB1's title: Library hubs" },
  { query: "pothole", kind: "plural", expect: "fernshire/actions/hw1/", why: "HW1's title: Fix potholes" },
  { query: "CCTV camera", kind: "plural", expect: "spelthorne/actions/csb-4/", why: "CSB-4: installed CCTV cameras" },
  { query: "play areas", kind: "plural", expect: "spelthorne/actions/hc-2/", why: "HC-2: three new inclusive play areas" },

  // Phrases
  { query: "fix roads right first time", kind: "phrase", expect: "kestrelmouth/actions/hwy1/", why: "HWY1's title" },
  { query: "Keep Spelthorne Clean", kind: "phrase", expect: "spelthorne/actions/csb-2/", why: "CSB-2's initiative" },
  { query: "Powering Our Future", kind: "phrase", expect: "stockton-on-tees/", why: "the framework the plan's introduction names" },
  { query: "year ahead delivery plan", kind: "phrase", expect: "rotherham/", why: "Rotherham's plan's title" },

  // Questions
  { query: "when will food waste collections start", kind: "question", expect: "brackenfold/actions/wc1/", why: "WC1-M4's due date" },
  { query: "what is the council doing about potholes", kind: "question", expect: "fernshire/actions/hw1/", why: "HW1" },
  {
    query: "how do I contact kestrelmouth council",
    kind: "question",
    expect: "kestrelmouth/about/",
    why: "the about page gives the council's contact",
  },
  {
    query: "who agreed the fernshire plan",
    kind: "question",
    expect: "fernshire/about/",
    why: "the about page says how the plan was agreed",
  },

  // Ids
  { query: "WC1", kind: "id", expect: "brackenfold/actions/wc1/", why: "the action's id" },
  { query: "PRC1", kind: "id", expect: "kestrelmouth/actions/prc1/", why: "the action's id" },
  { query: "CSB-3", kind: "id", expect: "spelthorne/actions/csb-3/", why: "the action's id" },
  { query: "WC1-M4", kind: "id", expect: "brackenfold/actions/wc1/", why: "a milestone of WC1" },

  // Job titles
  { query: "Head of Passenger Transport", kind: "job title", expect: "fernshire/actions/st1/", why: "ST1's owner" },
  { query: "Chief Digital and Information Officer", kind: "job title", expect: "fernshire/actions/td1/", why: "TD1's owner" },
  { query: "Head of Waste and Street Scene", kind: "job title", expect: "kestrelmouth/actions/wst1/", why: "WST1's owner" },
  {
    query: "Lead Commissioner",
    kind: "job title",
    expect: "thurrock/progress/commissioners-fourth-report/",
    why: "Gavin Jones, in that report",
  },

  // Amounts
  { query: "£1.2 million", kind: "amount", expect: "brackenfold/", why: "the plan's savings planned for 2025/26" },
  {
    query: "£9.5 million",
    kind: "amount",
    expect: "southampton/progress/2024-25-month-10/",
    why: "the savings that report says were delivered",
  },
  { query: "9.5m", kind: "amount", expect: "southampton/progress/2024-25-month-10/", why: "the same, as often typed" },
  { query: "£1.1 million", kind: "amount", expect: "fernshire/actions/as1/", why: "AS1's savings planned for 2026/27" },
  { query: "£40m budget gap", kind: "amount", expect: "southampton/", why: "the plan's introduction" },
  { query: "£9,610", kind: "amount", expect: "fernshire/progress/2024-25-q3/", why: "the cost per child that report gives" },

  // Months
  { query: "month 10", kind: "month", expect: "southampton/progress/2024-25-month-10/", why: "Southampton's month 10 update" },
  { query: "kestrelmouth July to September 2025", kind: "month", expect: "kestrelmouth/progress/2025-26-q2/", why: "that report's period" },
  {
    query: "January 2025 spelthorne",
    kind: "month",
    expect: "spelthorne/progress/2025-01-update/",
    why: "Spelthorne's January 2025 update",
  },

  // Contact and the plan itself
  { query: "phone number brackenfold", kind: "contact", expect: "brackenfold/about/", why: "the about page gives the phone number" },
  { query: "01632 960 274", kind: "contact", expect: "fernshire/about/", why: "Fernshire's phone number" },
  { query: "email kestrelmouth", kind: "contact", expect: "kestrelmouth/about/", why: "the about page gives the email address" },
  { query: "brackenfold savings", kind: "topic", expect: "brackenfold/", why: "the plan overview totals the savings" },
  { query: "fernshire ask of government", kind: "topic", expect: "fernshire/barriers/", why: "the barriers page gives each ask" },
];
