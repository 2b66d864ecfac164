/**
 * The words of change and comparison in Chinese statistical writing: verbs and the direction they give a figure,
 * the nouns of a growth rate, the words that tell an average, a share, a contribution or an index, and the bases a
 * change is measured from. Data only: the grammar in `reading/` builds its patterns from these tables.
 */

/** Verbs of change and the sign they give the figure after them (下降3.1% is −3.1%). */
export const CHANGE_VERBS: Readonly<Record<string, 1 | -1>> = {
  增长: 1,
  增加: 1,
  上涨: 1,
  上升: 1,
  提高: 1,
  提升: 1,
  增收: 1,
  增产: 1,
  递增: 1,
  回升: 1,
  扩大: 1,
  多增: 1,
  攀升: 1,
  升值: 1,
  净增: 1,
  增: 1,
  涨: 1,
  升: 1,
  多: 1,
  下降: -1,
  减少: -1,
  降低: -1,
  回落: -1,
  下滑: -1,
  下跌: -1,
  缩小: -1,
  缩短: -1,
  减收: -1,
  减产: -1,
  递减: -1,
  压减: -1,
  调减: -1,
  缩减: -1,
  少增: -1,
  贬值: -1,
  收缩: -1,
  减量: -1,
  精简: -1,
  净减: -1,
  压降: -1,
  化解: -1,
  降: -1,
  减: -1,
  少: -1,
  跌: -1,
};

/**
 * Verbs whose amount is a change in itself, base said or not (增收6.1亿元, 压减3亿元, 减少1000万人); an amount after
 * 增加 or 新增 with no base (市政道路增加40条) is the year's level of what was added.
 */
export const CHANGE_IN_ITSELF = [
  "增收",
  "减收",
  "压减",
  "压降",
  "调减",
  "缩减",
  "减少",
  "净增",
  "净减",
  "多增",
  "少增",
  "减量",
  "精简",
  "下降",
  "降低",
] as const;

/**
 * Verbs of change that may stand before their subject, the amount after it the change (净增国家高新技术企业1724户,
 * 压减一般性支出10%). Not 减少, 降低: 减少能源消费总量30万吨, 降低企业成本200亿元 are what was saved against what would
 * have been, not a change from the year before; nor 下降, 增加: 下降幅度…, 增加值 name rates and measures.
 */
export const CHANGE_BEFORE_SUBJECT = ["净增", "净减", "压减", "调减", "压降", "缩减"] as const;
/**
 * Verbs before a subject of what was saved (减少能源消费总量30万吨, 降低企业成本200亿元): against what would have been,
 * no change from the year before and no level — the figure after them is left unread.
 */
export const SAVING_BEFORE_SUBJECT = ["减少", "降低"] as const;

/**
 * The bases of a change since the end of the year before (比年初, 比上年末): in a part of the year, no base a claim of
 * that part can say.
 */
export const YEAR_START_BASES = [
  "比年初",
  "较年初",
  "比上年末",
  "较上年末",
  "比去年末",
  "较去年末",
  "比上年底",
  "年初以来",
] as const;

/** Verbs that compare one growth rate with another (增速比上年加快0.5个百分点), with the sign they give the difference. */
export const RATE_VERBS: Readonly<Record<string, 1 | -1>> = {
  加快: 1,
  提高: 1,
  回升: 1,
  扩大: 1,
  上升: 1,
  提升: 1,
  快: 1,
  高: 1,
  放缓: -1,
  回落: -1,
  下降: -1,
  收窄: -1,
  降低: -1,
  缩小: -1,
  减缓: -1,
  慢: -1,
  低: -1,
};

/** Verbs that only a rate does (加快, 放缓): a point change after them is a rate difference, its rate's name said or not. */
export const RATE_ONLY_VERBS = ["加快", "放缓", "减缓", "回升"] as const;

/** The nouns of a growth rate; those of a fall turn a narrowing into a rise (降幅收窄1.8个百分点 is +1.8). */
export const RATE_NOUNS = ["增长速度", "增速", "增幅", "涨幅", "增长率", "速度"] as const;
/** Names that hold a rate noun but are rates of their own, not growth: 自然增长率 (births less deaths per thousand). */
export const RATE_NAMES = ["自然增长率"] as const;
export const FALL_RATE_NOUNS = ["降幅", "跌幅", "减幅", "下降幅度"] as const;

/** One rate against another's: 高于全国1.2个百分点, 快于规模以上工业5.8个百分点. */
export const ABOVE_BELOW: Readonly<Record<string, 1 | -1>> = { 高于: 1, 快于: 1, 超过: 1, 低于: -1, 慢于: -1 };

/** A growth rate the same as another's: 增速与上年持平. */
export const FLAT_WORDS = ["持平", "基本持平", "保持稳定"] as const;

/** An average annual rate: 年均增长, 年平均增长, 平均每年增长; 两年平均增长 over the years said. */
export const AVERAGE_WORDS = ["年均", "年平均", "平均每年", "每年平均"] as const;

/** A share of a whole: 占GDP的比重, 占比, 比例. */
export const SHARE_WORDS = ["比重", "占比", "比例", "份额", "占"] as const;

/** A part's contribution to its total's growth, and its sign: 拉动GDP增长1.3个百分点, 下拉0.4个百分点. */
export const CONTRIBUTION_WORDS: Readonly<Record<string, 1 | -1>> = {
  负向拉动: -1,
  下拉: -1,
  拖累: -1,
  拉动: 1,
  带动: 1,
};
/** The share of a total's growth a part accounts for. */
export const CONTRIBUTION_SHARE_WORDS = ["贡献率"] as const;

/** An index number (上年=100). */
export const INDEX_WORDS = ["指数"] as const;

/** Verbs after which a figure is the level reached, not the change: 增至, 提高到, 下降至. */
export const REACHED_WORDS = ["至", "到"] as const;

/** Verbs of a level (为, 达到, 完成 …), left out when telling a figure's kind. */
export const LEVEL_VERBS = [
  "为",
  "是",
  "达",
  "达到",
  "完成",
  "实现",
  "共",
  "共有",
  "计",
  "合计",
  "累计",
  "总计",
  "有",
  "拥有",
  "保持在",
  "稳定在",
  "控制在",
  "维持在",
  "在",
  "了",
  "占到",
] as const;

/**
 * The bases a change is measured from, as printed: the year before (比上年, 同比), the start of the year (比年初,
 * for balances: the end of the year before), the month or quarter before (环比, 比上月).
 */
export const PREVIOUS_YEAR_BASES = [
  "比上年同期",
  "较上年同期",
  "比去年同期",
  "比上年末",
  "较上年末",
  "比去年末",
  "比上年",
  "较上年",
  "比去年",
  "同比",
  "比年初",
  "较年初",
  "与上年相比",
  "同上年相比",
  "和上年相比",
  "与去年相比",
  "上年同期",
  "较去年",
] as const;
export const PREVIOUS_PERIOD_BASES = ["环比", "比上月", "较上月", "比上季度", "较上季度", "比上月末"] as const;

/**
 * Words of a ratio to a whole named after them, in a clause of its own (为调整预算的101.2%, 完成年度计划的98%): the
 * clause goes on about the subject before it.
 */
export const RATIO_TO_WORDS = ["为", "是", "相当于", "完成"] as const;

/** Words that compare two quantities without a verb of change: 是2019年的2.1倍, 相当于全国的1.2倍. */
export const RATIO_WORDS = ["是", "为", "相当于"] as const;

/**
 * Verbs whose change is of the inverse of the figure printed with it: a currency's 升值 and 贬值 are of its value,
 * while its rate is printed as 元 per 美元 (人民币平均汇率为1美元兑7.1217元，比上年贬值1.1% puts the rate up). Such a
 * change is read, but nothing printed is checked against it.
 */
export const INVERSE_CHANGE_VERBS = ["升值", "贬值"] as const;

/** Words of a subject that is a rate of exchange (人民币平均汇率): the figure 升值 and 贬值 are the inverse of. */
export const EXCHANGE_RATE_WORDS = ["汇率", "兑"] as const;

/** Words of a table's head over growth rates (比上年增长%, 同比, 涨跌幅); 增减 is a change in the row's unit unless in %. */
export const GROWTH_HEAD_WORDS = ["增长", "增速", "增幅", "±", "同比", "涨跌", "环比", "增减"] as const;
