/**
 * What makes a number no figure: the words around it that say it is a date, a name, an ordinal, a list mark, a
 * duration, an anniversary or the bound of a definition (规模以上: 年主营业务收入2000万元及以上的工业企业).
 */

/** After a number: a date (年 of a four-digit year, 月, 日, 时). */
export const DATE_AFTER = ["月份", "月末", "月底", "月", "日", "号", "时", "季度"] as const;

/** Before a number: an ordinal (第3位, 第一批) or a rank (前10位, 排名第2). */
export const ORDINAL_BEFORE = ["第", "前", "排名", "居", "位列", "列第"] as const;
/** Words that end with the ordinal's 前 and say a time, not a rank (提前3天, 目前5家); each ends in 前. */
export const NOT_ORDINAL_BEFORE = ["提前", "以前", "之前", "目前", "当前", "此前", "年前", "月前"] as const;
/** After 前 and a number: a rank that is part of a name (排名前5位的企业, 前10名, 前5家全国性企业, 前100强). */
export const RANK_AFTER = ["位", "名", "家", "强"] as const;

/**
 * After a number: part of a name (110千伏 a voltage class, S1线, 109国道, 30周年, 5A级景区, 6.18, 3D,
 * 日最大8小时平均浓度第90百分位数, a policy's articles: 30条措施).
 */
export const NAME_AFTER = [
  "千伏",
  "号线",
  "线",
  "国道",
  "省道",
  "周年",
  "级",
  "型",
  "代",
  "强",
  "届",
  "次会议",
  "大",
  "中全会",
  "米服务半径",
  "米半径",
  "公里半径",
  "小时平均",
  "百分位",
  "条举措",
  "条措施",
  "条政策",
  "条意见",
  // a visa-free transit policy, by its length (144小时过境免签)
  "小时过境",
] as const;

/** Units that start with a name's word after a number (千伏安 is no 千伏 voltage class: 11937340千伏安时 is a quantity). */
export const UNITS_LIKE_NAMES = ["千伏安"] as const;

/** After 等 and a number: the count of the bodies that issue a document (国家卫健委等14部门发布), part of their name. */
export const ISSUERS_AFTER = ["部门", "个部门", "部委", "个部委", "家单位"] as const;

/** Before a number: part of a definition's bound or an age (年满16, 60岁及以上 is caught after). */
export const DEFINITION_AFTER = ["及以上的", "以上的", "及以下的", "以下的", "岁", "周岁"] as const;

/**
 * Words of a subject that define what is counted rather than count it (规模以上工业统计口径由年主营业务收入500万元调整为
 * 2000万元, 投资项目统计起点由计划总投资50万元提高到500万元): the numbers of such a clause are bounds, no figures.
 */
export const DEFINITION_SUBJECTS = ["统计口径", "统计起点", "起点标准"] as const;

/**
 * Words that start with a connective's character and name a thing (并网风电, 其他用品, 其余, 并购): a subject that
 * opens with one keeps it.
 */
export const NOT_CONNECTIVES = ["并网", "并购", "其他", "其余"] as const;

/** Before a number: a duration (连续3年, 连续举办5届) rather than a quantity measured. */
export const DURATION_BEFORE = ["连续", "连续举办", "持续", "历时", "用时", "仅用"] as const;
/** After a number: a duration (3年来, 5年内, 6个月). */
export const DURATION_AFTER = ["年来", "年内", "年间", "个月", "天内", "年以来", "年时间", "年里"] as const;

/**
 * After a length of time in days or hours: what it took to get there (项目40天开工, 81天封顶, 24小时办结), a duration
 * rather than a count of days.
 */
export const DONE_AFTER_TIME = [
  "开工",
  "封顶",
  "投产",
  "竣工",
  "完工",
  "建成",
  "通车",
  "开业",
  "落地",
  "办结",
] as const;
/** Units of a length of time that DONE_AFTER_TIME may follow. */
export const DURATION_UNITS = ["天", "小时", "个工作日", "工作日", "日"] as const;

/** List marks: 表1, 图2, 注3, 附表1, [1], （1）, ①. */
export const LIST_BEFORE = ["表", "图", "注", "附表", "附图", "专栏", "附件"] as const;
/** After a number: the count of a list the text goes on to give (做了6个方面工作, 以下3点). */
export const LIST_AFTER = ["个方面", "方面"] as const;

/** Subjects whose value is printed in 岁 as a quantity (人均预期寿命79.0岁), unlike an age bound. */
export const AGE_QUANTITIES = ["寿命", "年龄"] as const;

/** Verbs of a sentence that defines a term (全国人口是指…31个省, 脱贫县包括原832个…县): its numbers bound the definition. */
export const DEFINING_VERBS = ["是指", "系指", "指的是", "包括", "不包括"] as const;
/** Subjects of 包括 that list goals or measures rather than define a term (主要预期目标包括：…). */
export const NOT_DEFINED = ["目标", "任务", "措施", "指标", "工作", "重点"] as const;

/** After a number: a count of steps in a ranking (提升6位, 全国排名46位、82位) when a rank is spoken of. */
export const RANK_WORDS = ["排名", "排位", "位次", "位列", "居全", "居第", "提升", "前移", "上升"] as const;
