/**
 * Regions. A figure is about the region the document speaks for unless its subject names another: 全国 in a city's
 * communiqué, 东部地区, or a county in a 分县（市、区） paragraph. Which 全X is the document's own depends on the
 * level of its issuer (全省 in a province's report, 全区 in an autonomous region's or a district's).
 */

/** Levels of government, each with the words that name its own whole ("the whole province") and the suffixes of its name. */
export const REGION_LEVELS = {
  nation: { own: ["全国", "我国", "中国"], suffixes: ["中华人民共和国", "国家", "国务院", "部", "总局", "委员会"] },
  province: { own: ["全省", "我省", "全自治区", "全区", "我区", "全市", "本市"], suffixes: ["省", "自治区"] },
  city: { own: ["全市", "我市", "本市", "市域"], suffixes: ["市"] },
  prefecture: { own: ["全州", "我州", "全市"], suffixes: ["州", "盟", "地区"] },
  // (a county-level city's report is titled …市 and read as a city's: 全市 in a county's report is the city above it)
  county: { own: ["全县", "我县", "全旗"], suffixes: ["县", "旗", "县级市"] },
  district: { own: ["全区", "我区", "本区"], suffixes: ["区"] },
} as const;

export type RegionLevel = keyof typeof REGION_LEVELS;

/** Regions larger or other than any one document's own, as printed, with the short name a claim carries. */
export const NAMED_REGIONS: Readonly<Record<string, string>> = {
  全国: "全国",
  东部地区: "东部地区",
  中部地区: "中部地区",
  西部地区: "西部地区",
  东北地区: "东北地区",
  全省: "全省",
  // (the city above a district's or a county's report; in a city's own report 全市 is its own whole)
  全市: "全市",
  长江经济带: "长江经济带",
  京津冀: "京津冀",
  长三角: "长三角",
  粤港澳大湾区: "粤港澳大湾区",
  全世界: "全球",
  全球: "全球",
};

/** The suffixes of a place's name (a county, a district, a town) in a paragraph that goes through places. */
export const PLACE_SUFFIXES = [
  "自治县",
  "新区",
  "开发区",
  "高新区",
  "县",
  "市",
  "区",
  "旗",
  "州",
  "镇",
  "乡",
  "街道",
] as const;

/** Words that end in a place suffix but name no place. */
export const NOT_PLACES = [
  "城区",
  "市区",
  "郊区",
  "辖区",
  "园区",
  "景区",
  "社区",
  "小区",
  "片区",
  "城市",
  "都市",
  "超市",
  "街区",
  "市场",
  "地区",
  "区域",
] as const;

/** Openings that announce figures by place: 分县（市、区）看, 分地区看. */
export const BY_PLACE_FRAMES = [
  "分县",
  "分区县",
  "分县区",
  "分地区",
  "分区域",
  "分区",
  "从区域看",
  "各县",
  "各区",
] as const;
