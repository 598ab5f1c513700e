/*
 * zh_entity_lexicons.h — the word lists behind entity recognition.
 *
 * Each list is general knowledge of Chinese official writing (how titles,
 * organisations and places are formed), never a name from a test document.
 */
#ifndef ZH_ENTITY_LEXICONS_H
#define ZH_ENTITY_LEXICONS_H

#include "zh_lexicon.h"

extern ZhLexicon zh_lex_title_heads;	/* 书记 区长 主任 组长 记者 … */
extern ZhLexicon zh_lex_title_generic;	/* 领导 干部 代表 负责人: group roles */
extern ZhLexicon zh_lex_reporter_roles; /* 记者 实习记者 通讯员 … */
extern ZhLexicon zh_lex_title_modifiers;	/* 副 常务副 第一 执行 … */
extern ZhLexicon zh_lex_admin_prefixes; /* 区委 市委 区 市 县 镇 人大常委会 … */
extern ZhLexicon zh_lex_leader_titles;	/* 总书记 同志 主席: may follow a name */
extern ZhLexicon zh_lex_org_suffixes;	/* 委员会 常委会 领导小组 工委 局 … */
extern ZhLexicon zh_lex_org_weak_suffixes;	/* 局 委 部 所 院 办 …: need a prefix */
extern ZhLexicon zh_lex_org_not;	/* 格局 布局 全部 干部 场所 …: not organisations */
extern ZhLexicon zh_lex_org_inner_verbs;	/* 学习 研究 发展 …: verbs found inside names */
extern ZhLexicon zh_lex_place_suffixes; /* 区 县 镇 村 街道 公园 站 河 寺 … */
extern ZhLexicon zh_lex_place_generic;	/* 全区 城区 辖区 示范区 …: not places */
extern ZhLexicon zh_lex_place_not;	/* 城市 新建 深度 …: mis-tagged as places */
extern ZhLexicon zh_lex_surnames;	/* single-character surnames */
extern ZhLexicon zh_lex_compound_surnames;	/* 欧阳 司马 上官 诸葛 … */
extern ZhLexicon zh_lex_not_names;	/* 方案 高速 项目 …: words, not names */
extern ZhLexicon zh_lex_province_abbrevs;	/* 京 津 冀 沪 …: 京津冀 is a place */
extern ZhLexicon zh_lex_org_names;	/* 新华社 致公党 民建 …: named organisations */
extern ZhLexicon zh_lex_area_nouns;	/* 区域 地区 商圈 …: close lists of places */
extern ZhLexicon zh_lex_road_suffixes;	/* 高速 国道 …: 京承高速 */
extern ZhLexicon zh_lex_attend_verbs;	/* 参加 出席 列席 …: after a group's names */
extern ZhLexicon zh_lex_span_breakers;	/* 召开 主持 出席 参加 …: end a name span */
extern ZhLexicon zh_lex_name_trailing_chars;	/* 到 赴 和 作 …: glued after a name */
extern ZhLexicon zh_lex_name_right_cues;	/* 说 表示 同志 先生 …: follow a name */
extern ZhLexicon zh_lex_name_left_cues;	/* 作家 将军 大使 总统 …: precede a name */
extern ZhLexicon zh_lex_country_abbrevs;	/* 中 美 日 俄 华 京 …: 中美, 访华 */
extern ZhLexicon zh_lex_visit_chars;	/* 访 来 对 驻 …: before such an abbreviation */
extern ZhLexicon zh_lex_translit_chars;	/* 克 林 顿 斯 …: transliteration characters */
extern ZhLexicon zh_lex_place_governors;	/* 在 到 访问 首都 …: a place follows */
extern ZhLexicon zh_lex_surname_address;	/* 老 老师 主席 总理 …: 江主席, 胡老 */
extern ZhLexicon zh_lex_age_chars;	/* 青 少 老 …: 青年 is an age group */
extern ZhLexicon zh_lex_dateline_agencies;	/* 本报 新华社 …: a dateline's agency */
extern ZhLexicon zh_lex_conjunction_chars;	/* 和 与 及 …: glued before a name */
extern ZhLexicon zh_lex_doctrine_heads;	/* 思想 理论: 毛泽东思想 */

#endif
