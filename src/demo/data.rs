//! What the demo draws from: a deterministic generator, the faults, the people who report them.

use crate::domain::incident::Category;

/// A small deterministic generator (SplitMix64): the same seed gives the same desk.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi].
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % ((hi - lo + 1) as u64)) as i64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Incident text: (title, service, category, description).
pub const FAULTS: &[(&str, &str, Category, &str)] = &[
    (
        "计费系统批价进程超时",
        "billing",
        Category::Application,
        "批价进程处理话单超时，积压约 30 万条，实时计费延迟。",
    ),
    (
        "CRM 工单提交报错 ORA-00060",
        "crm",
        Category::Database,
        "营业员提交工单时提示死锁，部分工单需重复提交。",
    ),
    (
        "短信网关下发积压",
        "sms-gateway",
        Category::Application,
        "SMS gateway queue above 120k messages; delivery delayed.",
    ),
    (
        "Accounts DB tablespace 97% full",
        "accounts",
        Category::Database,
        "Tablespace ACCT_DATA at 97%; month-end growth expected.",
    ),
    (
        "营业厅前台无法打印发票",
        "billing",
        Category::Application,
        "多个营业厅反映发票打印报错，提示模板加载失败。",
    ),
    (
        "核心交换机端口翻动，多个营业厅断网",
        "network",
        Category::Network,
        "Core switch uplink flapping; halls in the east district offline.",
    ),
    (
        "渠道结算文件未按时到达",
        "settlement",
        Category::Other,
        "渠道商结算文件 02:00 未到达 SFTP，结算任务等待中。",
    ),
    (
        "CRM returns 502 after release",
        "crm",
        Category::Application,
        "Load balancer reports 502 from two of four CRM nodes.",
    ),
    (
        "网上营业厅登录缓慢",
        "portal",
        Category::Application,
        "网厅登录平均耗时 12 秒，验证码服务响应慢。",
    ),
    (
        "Billing host disk /var 100%",
        "billing",
        Category::Os,
        "Log rotation failed on bill-app-03; /var full.",
    ),
    (
        "账务系统月结任务中断",
        "accounts",
        Category::Application,
        "月结任务在第 3 步中断，需要人工确认后重跑。",
    ),
    (
        "Oracle RAC node 2 evicted",
        "crm",
        Category::Database,
        "Node 2 evicted by CSS; sessions failed over to node 1.",
    ),
    (
        "防火墙策略变更后代理商无法登录",
        "portal",
        Category::Network,
        "代理商门户访问被拦截，疑似新策略顺序错误。",
    ),
    (
        "NTP drift on settlement servers",
        "settlement",
        Category::Os,
        "Clock drift of 40 s; settlement job timestamps out of order.",
    ),
    (
        "话单采集延迟两小时",
        "billing",
        Category::Application,
        "采集程序从交换机取话单延迟，影响实时余额提醒。",
    ),
];

pub const REPORTERS: &[(&str, &str, &str)] = &[
    ("赵敏", "13900000011", "客户服务中心"),
    ("钱工", "13900000012", "网络运维部"),
    ("Sun Li", "sunli@example.com", "市场经营部"),
    ("周经理", "13900000014", "政企客户部"),
    ("吴会计", "13900000015", "财务部"),
    ("monitoring", "", ""),
];
