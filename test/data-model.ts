/** A model over 2018–2022 with a level, a share and a count, whose history comes from the `data:` entry given. */
export const DATA_MODEL = (data: string): string => `years: [2018, 2022]
baseYear: 2020
data:
${data}
indicators:
  gdp:
    label: { zh: 地区生产总值, en: GDP }
    unit: 亿元
    projection: gdp[t-1] * 1.05
  share:
    label: { zh: 城镇化率, en: urbanization rate }
    unit: "%"
    projection: share[t-1] + 1pp
  jobs:
    label: 城镇新增就业
    unit: 万人
`;
