<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ComparePage</name>
        <message>
            <source>Compare zones</source>
            <translation>开发区对比</translation>
        </message>
        <message>
            <source>Put two to four saved profiles side by side: their endowments, stage, best matches and the number of high-priority actions.</source>
            <translation>将 2 至 4 个已保存的档案并列对比：资源禀赋、发展阶段、最契合的对标项和高优先级行动数量。</translation>
        </message>
        <message>
            <source>Saved profiles</source>
            <translation>已保存的档案</translation>
        </message>
        <message>
            <source>Tick two to four profiles.</source>
            <translation>请勾选 2 至 4 个档案。</translation>
        </message>
        <message>
            <source>No saved profiles yet. Save a profile first.</source>
            <translation>还没有已保存的档案，请先保存档案。</translation>
        </message>
        <message>
            <source>Clear choice</source>
            <translation>清除选择</translation>
        </message>
        <message>
            <source>Endowments (0–5)</source>
            <translation>资源禀赋（0–5 分）</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>并列对比</translation>
        </message>
        <message>
            <source>At most %1 profiles can be compared at once. Untick one before adding another.</source>
            <translation>最多可同时对比 %1 个档案。请先取消勾选一个，再添加其他档案。</translation>
        </message>
        <message>
            <source>Tick at least two saved profiles on the left to compare them.</source>
            <translation>请在左侧勾选至少两个已保存的档案进行对比。</translation>
        </message>
        <message>
            <source>Save two or more profiles to compare them here.</source>
            <translation>保存两个或更多档案后，即可在此对比。</translation>
        </message>
        <message>
            <source>Best match %1</source>
            <translation>契合度第 %1 名</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>发展阶段</translation>
        </message>
        <message>
            <source>Leading industries</source>
            <translation>主导产业</translation>
        </message>
        <message>
            <source>High-priority actions</source>
            <translation>高优先级行动</translation>
        </message>
        <message>
            <source>in the saved plan</source>
            <translation>已保存的计划</translation>
        </message>
        <message>
            <source>proposed; no plan saved yet</source>
            <translation>建议方案，尚未保存计划</translation>
        </message>
        <message>
            <source>proposed; the saved plan could not be read</source>
            <translation>建议方案；已保存的计划无法读取</translation>
        </message>
    </context>
    <context>
        <name>FactFormat</name>
        <message>
            <source>about</source>
            <translation>约</translation>
        </message>
        <message>
            <source>over</source>
            <translation>超过</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>至少</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>最多</translation>
        </message>
    </context>
    <context>
        <name>FactTable</name>
        <message>
            <source>Fact</source>
            <translation>事实</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Source ¶</source>
            <translation>原文段落</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Traits of US clusters</source>
            <translation>美国产业集群特点</translation>
        </message>
        <message>
            <source>US cluster cases</source>
            <translation>美国集群案例</translation>
        </message>
        <message>
            <source>US government practices</source>
            <translation>美国政府做法与经验</translation>
        </message>
        <message>
            <source>Recommendations for China</source>
            <translation>对我国的启示建议</translation>
        </message>
        <message>
            <source>Trait of US clusters</source>
            <translation>美国集群特点</translation>
        </message>
        <message>
            <source>US cluster case</source>
            <translation>美国集群案例</translation>
        </message>
        <message>
            <source>US government practice</source>
            <translation>美国政府做法</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Measure of a recommendation</source>
            <translation>建议下的具体举措</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeDetail</name>
        <message>
            <source>Select an entry on the left to read it here.</source>
            <translation>在左侧选择一个条目，在此查看详情。</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>术语</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>释义</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>相关内容</translation>
        </message>
        <message>
            <source>Facts and figures</source>
            <translation>事实与数据</translation>
        </message>
        <message>
            <source>Endowment</source>
            <translation>资源禀赋</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Source ¶</source>
            <translation>原文段落</translation>
        </message>
        <message>
            <source>Endowment profile of the case</source>
            <translation>案例的资源禀赋画像</translation>
        </message>
        <message>
            <source>Ratings on the 0–5 scale of the zone profile, read from the article.</source>
            <translation>按开发区档案的 0–5 分制评分，依据原文判断。</translation>
        </message>
        <message>
            <source>Part of:</source>
            <translation>所属：</translation>
        </message>
        <message>
            <source>Measures:</source>
            <translation>具体举措：</translation>
        </message>
        <message>
            <source>Related:</source>
            <translation>相关内容：</translation>
        </message>
        <message>
            <source>In the knowledge base</source>
            <translation>知识库关联</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeNodes</name>
        <message>
            <source>Glossary</source>
            <translation>术语表</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <source>Select an entry on the left to read it here.</source>
            <translation>在左侧选择一个条目，在此查看详情。</translation>
        </message>
        <message>
            <source>Search titles, summaries, facts and terms</source>
            <translation>搜索标题、摘要、事实和术语</translation>
        </message>
        <message>
            <source>Knowledge base</source>
            <translation>知识库</translation>
        </message>
        <message>
            <source>Knowledge base version %1 (%2).</source>
            <translation>知识库版本 %1（%2）。</translation>
        </message>
        <message>
            <source>The US cluster experience and the recommendations of the source article, in our own words, each traced to its paragraphs (¶).</source>
            <translation>美国产业集群经验及原文对我国的启示建议，以本软件的文字概述，逐条标注原文段落（¶）。</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Entries found: %1</source>
            <translation>找到 %1 条</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>未找到匹配内容</translation>
        </message>
        <message>
            <source>Entries: %1</source>
            <translation>共 %1 条</translation>
        </message>
        <message>
            <source>%1 (%2). Select an entry to read it.</source>
            <translation>%1（%2 条）。请选择一条查看详情。</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeTreeModel</name>
        <message>
            <source>Knowledge base</source>
            <translation>知识库</translation>
        </message>
    </context>
    <context>
        <name>MatchDetail</name>
        <message>
            <source>Select a match on the left to see why it scored as it did.</source>
            <translation>在左侧选择一个对标项，查看其得分理由。</translation>
        </message>
        <message>
            <source>Score %1 of 100</source>
            <translation>契合度 %1 分（满分 100）</translation>
        </message>
        <message>
            <source>Score breakdown</source>
            <translation>得分构成</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>已满足</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>No criterion is met yet, so the score is 0.</source>
            <translation>尚未满足任何条件，得分为 0。</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>未满足</translation>
        </message>
        <message>
            <source>Nothing is missing.</source>
            <translation>没有未满足的条件。</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>无法判断</translation>
        </message>
        <message>
            <source>Everything this match reads is known.</source>
            <translation>本项所需信息均已填写。</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Facts from the knowledge base</source>
            <translation>知识库中的相关事实</translation>
        </message>
        <message>
            <source>This match rests on %1 of the source article.</source>
            <translation>本项依据原文 %1。</translation>
        </message>
        <message>
            <source>Source paragraphs</source>
            <translation>原文出处</translation>
        </message>
    </context>
    <context>
        <name>MatchesPage</name>
        <message>
            <source>Benchmarking results for %1</source>
            <translation>%1 · 对标结果</translation>
        </message>
        <message>
            <source>%1 items of the US experience ranked by how well they fit this zone (0–100). Select one to see why.</source>
            <translation>共 %1 项美国经验，按与本开发区的契合度排序（0–100 分）。选择一项可查看得分理由。</translation>
        </message>
        <message>
            <source>Benchmarking results</source>
            <translation>对标结果</translation>
        </message>
        <message>
            <source>Open or create a zone profile to see how it matches the US cluster experience.</source>
            <translation>请打开或新建开发区档案，查看其与美国产业集群经验的对标结果。</translation>
        </message>
    </context>
    <context>
        <name>RankingModel</name>
        <message>
            <source>Match</source>
            <translation>对标项</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>契合度</translation>
        </message>
        <message>
            <source>Source ¶</source>
            <translation>原文段落</translation>
        </message>
    </context>
</TS>
