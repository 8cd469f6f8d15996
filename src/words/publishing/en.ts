import type { HelpWords, LegalWords, ListingWords } from './catalogue';

export const helpEn: HelpWords = {
  version: (version, date) => `SheetCare ${version}, released ${date}`,
  development: (since) =>
    since
      ? `SheetCare ${since} with changes not yet released`
      : 'SheetCare, a build not yet released',
  whatChanged: 'What changed',
  notYetReleased: 'Not yet released',
  ideas: 'The ideas behind the figures',
  menuAndFormulas: 'The menu and the formulas',
  aboutData: 'Your data',
  privacy: 'Privacy policy',
  terms: 'Terms of service',
  support: 'Support',
  supportOnListing: 'Use the support link on SheetCare’s page in the Google Workspace Marketplace.',
  hostedAt: 'Also at',
};

export const legalEn: LegalWords = {
  contactOnListing: 'the support link on SheetCare’s page in the Google Workspace Marketplace',
  privacy: (publisher, contact) => ({
    title: 'SheetCare privacy policy',
    updated: '2026-12-05',
    updatedLabel: 'Last changed',
    sections: [
      {
        heading: 'In short',
        paragraphs: [
          `SheetCare is a Google Sheets add-on published by ${publisher}. It works inside your own Google account: it reads and writes the spreadsheet you use it in, sends the emails you set up from your own account, and makes Google Forms in your own Drive. No data leaves your Google account for ${publisher} or anyone else. SheetCare has no server and calls no outside service.`,
        ],
      },
      {
        heading: 'What SheetCare accesses',
        paragraphs: [
          'The spreadsheet you open SheetCare in: the order sheet you choose (customer IDs, names, email addresses, phone numbers, products, amounts, dates and order statuses, as your sheet or your platform’s export holds them), the reminder, survey and answer sheets, and the sheets SheetCare writes.',
          'Your own email address, to send you a test mail, to tell you when the reminder job cannot run, and to show your colleagues whose account sends the reminders.',
          'The Google Forms SheetCare makes for you (the unsubscribe form and the surveys) and the answers they bring into the spreadsheet.',
          'SheetCare cannot read your mailbox: it sends mail with Apps Script’s MailApp, which can only send.',
          'Only if you choose to keep your orders in BigQuery: the table you name, queried in your own Google Cloud project under your account; one row per customer comes back to your spreadsheet, nothing goes anywhere else.',
        ],
      },
      {
        heading: 'How SheetCare uses it',
        paragraphs: [
          'Only to do what you ask of it: analyse your customers and write the results into your spreadsheet; work out which reminder is due for which customer and send it from your account, at most once; keep the list of customers who unsubscribed and never mail them again; make your survey forms and report their answers.',
          'Your data is not used for advertising, not sold, and not used to train any machine-learning or AI model. The customer-value model is fitted inside your own Apps Script run, from your orders, for your spreadsheet only, and nothing of it is kept elsewhere.',
          'SheetCare’s use and transfer of information received from Google APIs adheres to the Google API Services User Data Policy, including the Limited Use requirements.',
        ],
      },
      {
        heading: 'Who it is shared with',
        paragraphs: [
          `No one. None of your data reaches ${publisher}: no analytics, no logs, no copies. The emails you set up go from your account to the customers your rules choose. Anyone you share the spreadsheet with sees what is in it, as with any Google Sheet.`,
        ],
      },
      {
        heading: 'Where it is stored',
        paragraphs: [
          'In your Google account only: the sheets SheetCare writes (Customers, Summary, Issues, the reminder sheets, the send log and a hidden, protected ledger of the mails sent), SheetCare’s settings in the spreadsheet’s developer metadata and in Apps Script’s properties, the installed triggers, and the forms in your Drive. Google stores and protects these as it stores the rest of your account, under Google’s own privacy policy.',
        ],
      },
      {
        heading: 'How long it is kept, and how to delete it',
        paragraphs: [
          'Everything stays as long as you keep it. To remove it: delete the sheets SheetCare made and the forms in your Drive; turn the reminders off in the Reminders panel (that removes the hourly trigger); uninstall SheetCare (Extensions → Add-ons → Manage add-ons); and, to withdraw its access, remove SheetCare at myaccount.google.com/permissions. Since none of your data reaches us, there is nothing for us to delete.',
        ],
      },
      {
        heading: 'Children',
        paragraphs: ['SheetCare is a tool for businesses and is not meant for children.'],
      },
      {
        heading: 'Changes and contact',
        paragraphs: [
          'When this policy changes, the date above changes and SheetCare’s Help says so under “What changed”.',
          `Questions: ${contact}.`,
        ],
      },
    ],
  }),
  terms: (publisher, contact) => ({
    title: 'SheetCare terms of service',
    updated: '2026-12-05',
    updatedLabel: 'Last changed',
    sections: [
      {
        heading: 'The service',
        paragraphs: [
          `SheetCare is a Google Sheets add-on published by ${publisher}. By installing or using it you accept these terms. It is provided free of charge.`,
        ],
      },
      {
        heading: 'Your data stays yours',
        paragraphs: [
          'SheetCare works on the spreadsheets you open it in and keeps everything in your Google account, as the privacy policy says. You keep every right in your data; SheetCare takes none.',
        ],
      },
      {
        heading: 'Your responsibilities',
        paragraphs: [
          'You choose whom SheetCare emails and what the emails say. Mail only customers you may lawfully contact, under the laws that apply to you and them (for example consent rules for marketing mail); keep the unsubscribe link SheetCare adds to every mail, and do not mail a customer who asked you not to.',
          'Use SheetCare within Google’s terms and quotas for your account: Google limits how many emails a day an account may send and how long scripts may run.',
        ],
      },
      {
        heading: 'Estimates are estimates',
        paragraphs: [
          'Customer value, chances of return and predicted purchases are estimates from your own orders. They help you decide; they are not promises about what customers will do.',
        ],
      },
      {
        heading: 'No warranty',
        paragraphs: [
          'SheetCare is provided “as is”, without warranty of any kind. We work to keep it correct and reliable, but we do not guarantee that it is free of errors or always available, since it runs on Google’s services.',
        ],
      },
      {
        heading: 'Limitation of liability',
        paragraphs: [
          `To the extent the law allows, ${publisher} is not liable for indirect or consequential losses, or for lost profits, data or goodwill, arising from the use of SheetCare.`,
        ],
      },
      {
        heading: 'Ending and changes',
        paragraphs: [
          'You may stop using SheetCare at any time by uninstalling it. We may change these terms; the date above changes and Help says so under “What changed”. Using SheetCare after a change means accepting the new terms.',
          `Questions: ${contact}.`,
        ],
      },
    ],
  }),
};

export const listingEn: ListingWords = {
  name: 'SheetCare',
  tagline: 'Customer care for your order sheet',
  short:
    'Know your customers from your order sheet: ABC tiers, RFM, customer value, reminder emails that never go twice, and satisfaction surveys, in Google Sheets.',
  long: [
    'SheetCare is customer care for a small online shop whose orders live in Google Sheets. It reads your order sheet, or an order export from Tmall / Taobao, JD, Pinduoduo, Douyin, Shopify or WooCommerce as it comes, and works where your data already is.',
    'Know every customer',
    '- One click writes a Customers sheet (one row per customer: purchases, spend, last purchase, next purchase due, ABC tier, RFM segment, status and value) and a Summary with what each group means and what to do.',
    '- A value model gives each customer the chance they are still a customer, the purchases to expect and their predicted value; “lost” can follow that chance.',
    '- The same figures as live formulas: =ABC_CLASS, =RFM_SEGMENT, =CUSTOMER_STATUS, =NEXT_PURCHASE, =P_ALIVE, =PREDICTED_VALUE and more.',
    'Keep in touch, never twice',
    '- Holiday greetings (Chinese and Western calendars), store activities, a follow-up a week after a purchase, replenishment when a customer runs low, coupon expiry, birthdays and win-back, sent every hour from your own account.',
    '- Each mail goes at most once, even when the run is interrupted or your team sorts and edits the sheets; unsubscribing takes one form, and nobody is mailed after it.',
    '- Customers without an email address (most marketplace buyers) go on a contact list with a message ready to paste into chat.',
    'Hear what customers say',
    '- The satisfaction questionnaire as a Google Form, the weighted satisfaction index by tier and status, and a follow-up list of unhappy customers.',
    'Private by design',
    '- Nothing leaves your Google account: no server, no outside service, no analytics. Chinese and English throughout; amounts in your shop’s currency.',
    'Try it first on the sample shop: in a new spreadsheet, open SheetCare and click “Try it on the sample shop”.',
  ],
  category: 'Business Tools',
  dataUse: [
    'Reads the order sheet of the spreadsheet it is used in, and writes its results into that spreadsheet.',
    'Sends the reminder emails the user sets up, from the user’s own account, with MailApp (send only; it cannot read mail).',
    'Makes Google Forms (unsubscribe, surveys) in the user’s Drive; their answers go to the spreadsheet.',
    'Stores its settings in the spreadsheet and in Apps Script properties; calls no outside service; the publisher receives no data.',
    'Does not use any data to train machine-learning or AI models.',
  ],
  scopeTable: { scope: 'Scope', why: 'Why SheetCare needs it', without: 'Without it' },
  scopes: {
    'spreadsheets.currentonly': {
      why: 'Read the order sheet and write the results (Customers, Summary, Issues, reminder and survey sheets) into the spreadsheet the user has open.',
      without:
        'Nothing works: Analyze, the reminder sheets and the survey reports all read and write this spreadsheet.',
    },
    spreadsheets: {
      why: 'The hourly reminder job opens the spreadsheet the user turned reminders on in by its ID: an add-on’s time-driven run may have no open spreadsheet. SheetCare opens only those spreadsheets.',
      without:
        'Analyze and the panels still work; the hourly reminders stay silent, and the Reminders panel says what to allow.',
    },
    'script.container.ui': {
      why: 'Show the SheetCare menu, the sidebar and its dialogs inside Google Sheets.',
      without: 'No menu and no sidebar: the add-on cannot be used.',
    },
    'script.send_mail': {
      why: 'Send the reminder emails the user set up, and a test mail, from the user’s own account with MailApp, which can send but never read mail.',
      without:
        'No reminder or test mail is sent; the contact list (customers to reach by hand) still works.',
    },
    'script.scriptapp': {
      why: 'Install and remove the one hourly trigger of the reminder job and the one form-submit trigger that files unsubscribes and survey answers.',
      without:
        'Reminders and survey forms cannot be set up, and no mail goes on its own; SheetCare asks for this permission when the user sets them up.',
    },
    forms: {
      why: 'Make and publish the unsubscribe form and the survey forms, whose answers come into this spreadsheet.',
      without:
        'Reminders and surveys cannot be set up, since every mail carries the unsubscribe form’s link; SheetCare asks for this permission when the user sets them up. Analyze and the formulas still work.',
    },
    'userinfo.email': {
      why: 'Know the user’s own address: to send them a test mail, to tell them when the reminder job cannot run, and to show colleagues whose account sends the reminders.',
      without:
        'No test mail and no warning mail to the user; the panel cannot say whose account sends the reminders.',
    },
    bigquery: {
      why: 'Only for a shop whose orders are in BigQuery: run the analysis as a query in the user’s own Cloud project (billed there) and read back one row per customer. Asked when that source is chosen.',
      without:
        'Orders can only come from a sheet; everything else works. A shop that never uses BigQuery can leave it unticked.',
    },
  },
  screenshots: {
    'first-run': 'A new spreadsheet: SheetCare offers the sample shop',
    analysis: 'Customers analysed: ABC tiers, what each means and what to do',
    reminders: 'Reminders: today’s plan, rule by rule, with the mails to go',
  },
};
