import type { HelpWords, LegalWords, ListingWords } from './catalogue';

export const helpZh: HelpWords = {
  version: (version, date) => `SheetCare ${version}，发布于 ${date}`,
  development: (since) =>
    since ? `SheetCare ${since}，含尚未发布的更新` : 'SheetCare 尚未发布的版本',
  whatChanged: '更新内容',
  notYetReleased: '尚未发布',
  ideas: '指标背后的思路',
  menuAndFormulas: '菜单与公式',
  aboutData: '您的数据',
  privacy: '隐私政策',
  terms: '服务条款',
  support: '获取支持',
  supportOnListing: '请使用 Google Workspace Marketplace 中 SheetCare 页面上的“支持”链接。',
  hostedAt: '网页版',
};

export const legalZh: LegalWords = {
  contactOnListing: 'Google Workspace Marketplace 中 SheetCare 页面上的“支持”链接',
  privacy: (publisher, contact) => ({
    title: 'SheetCare 隐私政策',
    updated: '2026-12-05',
    updatedLabel: '最后修改',
    sections: [
      {
        heading: '概要',
        paragraphs: [
          `SheetCare 是由 ${publisher} 发布的 Google 表格插件，完全在您自己的 Google 账号内工作：读写您使用它的那份表格，用您自己的账号发送您设置的邮件，并在您自己的云端硬盘中创建 Google 表单。任何数据都不会离开您的 Google 账号，不会发给 ${publisher} 或任何其他人。SheetCare 没有服务器，也不调用任何外部服务。`,
        ],
      },
      {
        heading: 'SheetCare 会访问什么',
        paragraphs: [
          '您打开 SheetCare 的那份表格：您选择的订单表（客户ID、姓名、邮箱、手机号、商品、金额、日期和订单状态，以您的表格或平台导出文件中的内容为准）、提醒表、问卷及回复表，以及 SheetCare 写入的工作表。',
          '您自己的邮箱地址：用于给您发送测试邮件、在提醒任务无法运行时通知您，以及让同事看到提醒由谁的账号发送。',
          'SheetCare 为您创建的 Google 表单（退订表单和问卷）以及它们写入表格的回复。',
          'SheetCare 无法读取您的邮箱：它通过 Apps Script 的 MailApp 发信，MailApp 只能发送。',
          '仅当您选择把订单放在 BigQuery 中时：您指定的表，在您自己的 Google Cloud 项目中以您的账号查询；每位客户只有一行回到您的表格，不会发往其他任何地方。',
        ],
      },
      {
        heading: 'SheetCare 如何使用这些数据',
        paragraphs: [
          '只用于完成您要求的事：分析客户并把结果写入您的表格；判断哪位客户该收到哪封提醒，并用您的账号发送，每封最多一次；保存已退订客户名单，此后绝不再给他们发信；创建问卷表单并汇总回复。',
          '您的数据不会用于广告，不会出售，也不会用于训练任何机器学习或人工智能模型。客户价值模型在您自己的 Apps Script 运行中、根据您的订单、仅为您的表格计算，不会在别处保存。',
          'SheetCare 对从 Google API 获得的信息的使用和传输遵守《Google API 服务用户数据政策》，包括其中的“有限使用”要求。',
        ],
      },
      {
        heading: '与谁共享',
        paragraphs: [
          `不与任何人共享。${publisher} 不会收到您的任何数据：没有统计、没有日志、没有副本。您设置的邮件从您的账号发给您的规则选中的客户。您与他人共享表格时，对方能看到表格中的内容，这与任何 Google 表格相同。`,
        ],
      },
      {
        heading: '存储在哪里',
        paragraphs: [
          '只存储在您的 Google 账号中：SheetCare 写入的工作表（客户、汇总、问题行、提醒相关表、发送记录，以及一个隐藏并受保护的已发送邮件账本）、保存在表格开发者元数据和 Apps Script 属性中的设置、已安装的触发器，以及您云端硬盘中的表单。Google 按照其隐私政策，像保存您账号中其他内容一样保存和保护它们。',
        ],
      },
      {
        heading: '保留多久，如何删除',
        paragraphs: [
          '所有内容在您保留期间一直存在。如需删除：删除 SheetCare 创建的工作表和云端硬盘中的表单；在“客户提醒”面板关闭自动发送（会移除每小时触发器）；卸载 SheetCare（扩展程序 → 插件 → 管理插件）；如需撤销其访问权限，请在 myaccount.google.com/permissions 中移除 SheetCare。由于您的数据从未到达我们这里，我们这边没有需要删除的内容。',
        ],
      },
      {
        heading: '儿童',
        paragraphs: ['SheetCare 是面向商家的工具，不面向儿童。'],
      },
      {
        heading: '变更与联系',
        paragraphs: [
          '本政策修改时，上方日期会随之更新，SheetCare 的“帮助”也会在“更新内容”中说明。',
          `如有疑问：${contact}。`,
        ],
      },
    ],
  }),
  terms: (publisher, contact) => ({
    title: 'SheetCare 服务条款',
    updated: '2026-12-05',
    updatedLabel: '最后修改',
    sections: [
      {
        heading: '服务',
        paragraphs: [
          `SheetCare 是由 ${publisher} 发布的 Google 表格插件。安装或使用即表示您接受本条款。SheetCare 免费提供。`,
        ],
      },
      {
        heading: '您的数据归您所有',
        paragraphs: [
          'SheetCare 只处理您打开它的表格，并把所有内容保存在您的 Google 账号中，详见隐私政策。您对自己的数据保留全部权利，SheetCare 不取得任何权利。',
        ],
      },
      {
        heading: '您的责任',
        paragraphs: [
          '发给谁、写什么由您决定。请只给依照适用于您和客户的法律可以联系的客户发信（例如营销邮件须取得同意的规定）；保留 SheetCare 在每封邮件中加入的退订链接，不要给已要求不再联系的客户发信。',
          '请在 Google 对您账号的条款和配额内使用 SheetCare：Google 限制每个账号每天可发送的邮件数和脚本的运行时长。',
        ],
      },
      {
        heading: '估算只是估算',
        paragraphs: [
          '客户价值、回购概率和预计购买次数都是根据您自己的订单做出的估算，用来帮助您决策，并不保证客户一定会这样做。',
        ],
      },
      {
        heading: '不作担保',
        paragraphs: [
          'SheetCare 按“现状”提供，不作任何形式的担保。我们努力保持其正确可靠，但由于它运行在 Google 的服务上，我们不保证它没有错误或始终可用。',
        ],
      },
      {
        heading: '责任限制',
        paragraphs: [
          `在法律允许的范围内，${publisher} 不对因使用 SheetCare 而产生的间接或后果性损失，或利润、数据、商誉的损失承担责任。`,
        ],
      },
      {
        heading: '终止与变更',
        paragraphs: [
          '您可随时卸载 SheetCare 以停止使用。我们可能修改本条款；修改时上方日期会更新，“帮助”会在“更新内容”中说明。修改后继续使用即表示接受新条款。',
          `如有疑问：${contact}。`,
        ],
      },
    ],
  }),
};

export const listingZh: ListingWords = {
  name: 'SheetCare',
  tagline: '订单表里的客户关怀',
  short:
    '从订单表读懂每位客户：ABC 分级、RFM、客户价值，绝不重复发送的提醒邮件，以及满意度调查，全部在 Google 表格中完成。',
  long: [
    'SheetCare 是为订单存放在 Google 表格中的小网店准备的客户关怀工具。它直接读取您的订单表，或天猫/淘宝、京东、拼多多、抖音、Shopify、WooCommerce 的原始订单导出文件，就在数据所在的地方工作。',
    '读懂每位客户',
    '- 一键生成“客户”表（每位客户一行：购买次数、消费金额、最近购买、预计下次购买、ABC 分级、RFM 分群、状态和价值）和“汇总”表，说明每个群体的含义和应对方法。',
    '- 价值模型给出每位客户仍是客户的概率、预计购买次数和预测价值；“流失”可按该概率判断。',
    '- 同样的指标也可作为实时公式使用：=ABC_CLASS、=RFM_SEGMENT、=CUSTOMER_STATUS、=NEXT_PURCHASE、=P_ALIVE、=PREDICTED_VALUE 等。',
    '保持联系，绝不重复',
    '- 节日祝福（中西节日）、店铺活动、购后一周回访、客户快用完时的补货提醒、优惠券到期、生日祝福和老客户挽回，每小时从您自己的账号发送。',
    '- 每封邮件最多发送一次，即使运行中断、团队对表格排序和编辑也不例外；客户通过一个表单即可退订，退订后不再收到任何邮件。',
    '- 没有邮箱的客户（多数平台买家）列入联系名单，并附上可直接粘贴到聊天工具的消息。',
    '倾听客户',
    '- 满意度问卷即 Google 表单，按客户分级和状态计算加权满意度指数，并生成不满意客户的回访名单。',
    '隐私至上',
    '- 任何数据都不离开您的 Google 账号：没有服务器、不调用外部服务、没有统计跟踪。全程中英文，金额使用店铺币种。',
    '先用示例店铺试试：在新表格中打开 SheetCare，点击“用示例店铺试一试”。',
  ],
  category: '商务工具',
  dataUse: [
    '读取所在表格中的订单表，并把结果写入该表格。',
    '用用户自己的账号通过 MailApp 发送用户设置的提醒邮件（只能发送，无法读取邮件）。',
    '在用户的云端硬盘中创建 Google 表单（退订、问卷），回复写入该表格。',
    '设置保存在表格和 Apps Script 属性中；不调用任何外部服务；发布者收不到任何数据。',
    '不使用任何数据训练机器学习或人工智能模型。',
  ],
  scopeTable: { scope: '权限范围', why: 'SheetCare 为什么需要', without: '没有它会怎样' },
  scopes: {
    'spreadsheets.currentonly': {
      why: '读取订单表，并把结果（客户、汇总、问题行、提醒和问卷相关表）写入用户当前打开的表格。',
      without: '所有功能都无法使用：分析、提醒表和问卷报告都要读写这份表格。',
    },
    spreadsheets: {
      why: '每小时的提醒任务按 ID 打开用户开启提醒的表格：插件的定时运行可能没有当前打开的表格。SheetCare 只打开这些表格。',
      without: '分析和各面板照常工作；每小时的提醒不会发送，“客户提醒”面板会说明需要授予什么权限。',
    },
    'script.container.ui': {
      why: '在 Google 表格中显示 SheetCare 菜单、侧边栏和对话框。',
      without: '没有菜单和侧边栏，插件无法使用。',
    },
    'script.send_mail': {
      why: '用用户自己的账号通过 MailApp 发送用户设置的提醒邮件和测试邮件；MailApp 只能发送，永远无法读取邮件。',
      without: '不发送任何提醒或测试邮件；联系名单（需人工联系的客户）仍可使用。',
    },
    'script.scriptapp': {
      why: '安装和移除提醒任务的一个每小时触发器，以及登记退订和问卷回复的一个表单提交触发器。',
      without: '无法设置提醒和问卷表单，邮件也不会自动发送；用户设置时 SheetCare 会请求此权限。',
    },
    forms: {
      why: '创建并发布退订表单和问卷表单，其回复写入这份表格。',
      without:
        '无法设置提醒和问卷，因为每封邮件都带有退订表单的链接；用户设置时 SheetCare 会请求此权限。分析和公式仍可使用。',
    },
    'userinfo.email': {
      why: '获取用户自己的邮箱地址：用于发送测试邮件、在提醒任务无法运行时通知用户，以及让同事看到提醒由谁的账号发送。',
      without: '无法发送测试邮件和提醒用户的邮件；面板无法显示提醒由谁的账号发送。',
    },
    bigquery: {
      why: '仅用于订单存放在 BigQuery 的店铺：在用户自己的 Cloud 项目中以查询运行分析（费用计入该项目），每位客户只读回一行。选择该数据源时才请求。',
      without: '订单只能来自工作表，其他功能不受影响。从不使用 BigQuery 的店铺可以不勾选。',
    },
  },
  screenshots: {
    'first-run': '新表格：SheetCare 提供示例店铺',
    analysis: '客户分析完成：ABC 分级、含义与应对方法',
    reminders: '客户提醒：今日计划，按规则列出待发邮件',
  },
};
