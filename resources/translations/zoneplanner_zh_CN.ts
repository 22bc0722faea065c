<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDetailPanel</name>
    <message>
        <source>What will be done, in a few words</source>
        <translation>简要写明要做什么</translation>
    </message>
    <message>
        <source>The concrete measures of this action</source>
        <translation>本项行动的具体举措</translation>
    </message>
    <message>
        <source>How progress will be measured</source>
        <translation>如何衡量进展</translation>
    </message>
    <message>
        <source>Select an action in the table to see it in full here.</source>
        <translation>在上表中选中一项行动，即可在此查看和编辑详细内容。</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>（自行添加）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Right-click the table&apos;s header to choose the columns it shows.</source>
        <translation>在表头上单击右键，可选择表格显示哪些列。</translation>
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <source>What will be done, in a few words</source>
        <translation>简要写明要做什么</translation>
    </message>
    <message>
        <source>The concrete measures of this action</source>
        <translation>本项行动的具体举措</translation>
    </message>
    <message>
        <source>How progress will be measured, e.g. a figure to reach by a date</source>
        <translation>如何衡量进展，例如到某个日期要达到的数值</translation>
    </message>
    <message>
        <source>Pick the units from the zone&apos;s list, or type a unit&apos;s name to add it.</source>
        <translation>从本区机构中选择单位，或直接输入单位名称来添加。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The database file was damaged and has been set aside (it is not deleted); a new, empty database was started. Pick a backup to restore: changes made after it was taken will not be in it.</source>
        <translation>数据库文件已损坏，已改名保存（没有删除），并新建了一个空数据库。请选择要恢复的备份：备份之后所做的更改不在其中。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>档案数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <source>Keep the empty database</source>
        <translation>保留空数据库</translation>
    </message>
    <message>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>已损坏，无法恢复</translation>
    </message>
</context>
<context>
    <name>BasicPage</name>
    <message>
        <source>The zone</source>
        <translation>开发区概况</translation>
    </message>
    <message>
        <source>Key figures (optional)</source>
        <translation>主要指标（选填）</translation>
    </message>
    <message>
        <source>Fields marked * are required; everything else may stay blank.</source>
        <translation>带 * 的为必填项，其余可以留空。</translation>
    </message>
    <message>
        <source>Leave a figure blank when it is not known: it is then listed as to be verified, never read as a weakness.</source>
        <translation>不清楚的指标请留空：留空即“不清楚”，结果中列为待核实，不会被当作短板。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>{kind} from 0 to {limit} {unit}; leave blank if not known</source>
        <translation>{kind}，范围 0 至 {limit} {unit}；不清楚请留空</translation>
    </message>
    <message>
        <source>e.g. Wuhan East Lake High-tech Zone</source>
        <translation>例如：武汉东湖新技术开发区</translation>
    </message>
    <message>
        <source>e.g. Wuhan</source>
        <translation>例如：武汉市</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— 未填写 —</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <source>Export progress bulletin</source>
        <translation>导出进展通报</translation>
    </message>
    <message>
        <source>Word document, official-document layout (.docx)</source>
        <translation>Word 文档，公文格式（.docx）</translation>
    </message>
    <message>
        <source>Excel workbook sheet (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>e.g. the zone&apos;s management committee office</source>
        <translation>例如：管委会办公室</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>No issuing unit: the bulletin will end with its date but no issuer&apos;s name, unsigned. Type the unit that issues it, or leave it empty on purpose.</source>
        <translation>未填发文单位：通报末尾将只有成文日期、没有发文机关署名。请填写发文单位；如确实不需署名，可留空。</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Zone comparison</source>
        <translation>开发区对比</translation>
    </message>
    <message>
        <source>Compared on {date}</source>
        <translation>对比日期：{date}</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation>打印对比</translation>
    </message>
    <message>
        <source>Compare zones</source>
        <translation>开发区对比</translation>
    </message>
    <message>
        <source>zone-comparison</source>
        <translation>开发区对比</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the comparison as an Excel workbook or a PNG image</source>
        <translation>将对比保存为 Excel 工作簿或 PNG 图片</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 工作簿（.xlsx）…</translation>
    </message>
    <message>
        <source>Image (.png)…</source>
        <translation>图片（.png）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the comparison, or save it as a PDF file</source>
        <translation>打印对比，或保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Compare zones</source>
        <translation>开发区对比</translation>
    </message>
    <message>
        <source>Put two to four saved profiles side by side: their endowments, stage, best matches and the number of high-priority actions.</source>
        <translation>将 2 至 4 个已保存的档案并列对比：资源禀赋、发展阶段、最匹配的对标项和高优先级行动数量。</translation>
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
        <source>At most {count} profiles can be compared at once. Untick one before adding another.</source>
        <translation>最多可同时对比 {count} 个档案。请先取消勾选一个，再添加其他档案。</translation>
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
        <source>Best match {rank}</source>
        <translation>匹配度第 {rank} 名</translation>
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
        <source>Not known (to be verified)</source>
        <translation>不清楚（待核实）</translation>
    </message>
    <message>
        <source>Stated problems</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>量化目标</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved by {user} after you opened it. Your changes are not saved yet.</source>
        <translation>您打开“{name}”之后，{user} 修改并保存了它。您的更改尚未保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>保留我的（覆盖对方的）</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>把我的另存为副本</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo: {step}</source>
        <translation>撤销(&amp;U)：{step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo: {step}</source>
        <translation>重做(&amp;R)：{step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo the last change to the action plan</source>
        <translation>撤销对行动计划的上一次修改</translation>
    </message>
    <message>
        <source>Redo the change to the action plan just undone</source>
        <translation>重做刚刚撤销的行动计划修改</translation>
    </message>
</context>
<context>
    <name>EndowmentsPage</name>
    <message>
        <source>Ratings from 0 (none) to 5 (outstanding), or not assessed</source>
        <translation>评分 0（不具备）至 5（突出），或未评估</translation>
    </message>
    <message>
        <source>Endowment profile</source>
        <translation>资源禀赋雷达图</translation>
    </message>
    <message>
        <source>Rate what the zone has compared with similar zones in China. The ratings decide which US experience fits the zone best; hover over a name to see what it covers. Leave an endowment “not assessed” until you know it: it is then listed as to be verified, never read as a weakness.</source>
        <translation>与国内同类开发区相比，为本区的各项资源禀赋评分。评分决定哪些美国经验最适合本区；鼠标停在名称上可查看其含义。尚不清楚的禀赋请保持“未评估”：结果中会列为待核实，不会被当作短板。</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Not assessed yet: not scored, not read as a weakness, listed as to be verified</source>
        <translation>尚未评估：不计分，不视为短板，在结果中列为待核实</translation>
    </message>
    <message>
        <source>Not assessed: move the slider to rate it.</source>
        <translation>未评估：拖动滑块即可评分。</translation>
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
</context>
<context>
    <name>FirstStartHint</name>
    <message>
        <source>No zone profiles yet. Start a new profile and fill in the form, or load the sample profiles to see how the matches and the plan look. Press F1 for the user guide.</source>
        <translation>还没有开发区档案。可以新建一份档案开始填写，也可以先载入示例档案，看看对标结果和行动计划是什么样子。按 F1 查看使用说明。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Load the sample profiles</source>
        <translation>载入示例档案</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>使用说明（F1）</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>What should the cluster achieve, and by when? For example: output, number of firms, a research platform, a cluster organisation.</source>
        <translation>集群要在什么时间达到什么目标？例如：产值、企业数量、研发平台、集群促进机构等。</translation>
    </message>
    <message>
        <source>Anything else worth keeping with this profile: sources of the figures, contacts, open questions.</source>
        <translation>其他需要随档案保存的内容：指标数据来源、联系人、待解决的问题等。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>The user guide could not be loaded: {reason}</source>
        <translation>使用说明无法载入：{reason}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Every save is kept, with its plan. Pick a version to see what changed in the profile and the plan; restoring it brings back both and saves them again as the newest version.</source>
        <translation>每次保存都连同行动计划一并留存。选择一个版本，可查看档案和计划各改了什么；恢复后档案与计划一起回到该版本，并另存为最新版本。</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Saved by {user}</source>
        <translation>保存人：{user}</translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation>未记录行动计划</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Saved {time} by {user}</source>
        <translation>{time} 由 {user} 保存</translation>
    </message>
    <message>
        <source>No plan recorded with this version. Restoring it brings back the profile only; the plan stays as it is.</source>
        <translation>此版本未记录行动计划。恢复此版本只恢复档案，行动计划保持不变。</translation>
    </message>
    <message>
        <source>The plan saved with this version cannot be read.</source>
        <translation>此版本保存的行动计划无法读取。</translation>
    </message>
    <message>
        <source>Plan recorded: {count} actions.</source>
        <translation>已记录行动计划：{count} 项行动。</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>The first saved version.</source>
        <translation>这是最早保存的版本。</translation>
    </message>
    <message>
        <source>Changed from the previous version: {fields}</source>
        <translation>与上一个版本相比，改动了：{fields}</translation>
    </message>
    <message>
        <source>No change to the profile from the previous version.</source>
        <translation>档案与上一版本相同，未作修改。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import returned forms — {zone}</source>
        <translation>导入台账 — {zone}</translation>
    </message>
    <message>
        <source>Action / return / field</source>
        <translation>任务 / 回收表 / 字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>Needs your attention ({count}):</source>
        <translation>需要您注意的事项（{count} 项）：</translation>
    </message>
    <message>
        <source>Nothing needs a decision.</source>
        <translation>没有需要决定的事项。</translation>
    </message>
    <message>
        <source>{file}, row {row} — reported {date}</source>
        <translation>{file}，第 {row} 行 — 填报日期 {date}</translation>
    </message>
    <message>
        <source> by {name}</source>
        <translation>，填报人 {name}</translation>
    </message>
    <message>
        <source>(no value differs from the last return)</source>
        <translation>（与上次报送相比没有变化）</translation>
    </message>
    <message>
        <source>Apply the ticked returns ({count})</source>
        <translation>应用勾选的报送（{count} 条）</translation>
    </message>
    <message>
        <source>Files read: {files}; refused: {refused}. No return can be applied: see what needs your attention below. Nothing is changed.</source>
        <translation>已读取 {files} 个文件，拒收 {refused} 个。没有可以应用的报送，请看下方需要注意的事项。不会做任何修改。</translation>
    </message>
    <message>
        <source>Files read: {files}; refused: {refused}. Returns that can be applied: {total}, on actions: {actions}; ticked: {count}. Nothing is changed until you apply; Cancel changes nothing.</source>
        <translation>已读取 {files} 个文件，拒收 {refused} 个。共有 {actions} 项任务的 {total} 条报送可以应用，已勾选 {count} 条。点击应用之前不会做任何修改；取消则什么也不改。</translation>
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
        <source>Knowledge base version {version} ({date}).</source>
        <translation>知识库版本 {version}（{date}）。</translation>
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
        <source>Entries found: {count}</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到匹配内容</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>{group} ({count}). Select an entry to read it.</source>
        <translation>{group}（{count} 条）。请选择一条查看详情。</translation>
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
    <name>LatestReport</name>
    <message>
        <source>all returns…</source>
        <translation>全部进展记录…</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <source>Choose or type a unit</source>
        <translation>选择或输入单位</translation>
    </message>
</context>
<context>
    <name>LedgerButton</name>
    <message>
        <source>Ledger</source>
        <translation>进度台账</translation>
    </message>
    <message>
        <source>Progress ledger: send progress forms to the units, take back what they return, see the progress</source>
        <translation>进度台账：向各单位发出台账填报表，导入回收的填报表，查看推进情况</translation>
    </message>
    <message>
        <source>Export progress forms…</source>
        <translation>导出台账填报表…</translation>
    </message>
    <message>
        <source>Import returned forms…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <source>Progress overview…</source>
        <translation>进展总览…</translation>
    </message>
    <message>
        <source>Progress of the selected action…</source>
        <translation>所选任务的进展记录…</translation>
    </message>
    <message>
        <source>Export progress bulletin…</source>
        <translation>导出进展通报…</translation>
    </message>
</context>
<context>
    <name>LedgerController</name>
    <message>
        <source>Progress &amp;ledger</source>
        <translation>进度台账(&amp;L)</translation>
    </message>
    <message>
        <source>The progress forms are written from the saved plan.</source>
        <translation>台账填报表根据已保存的行动计划生成。</translation>
    </message>
    <message>
        <source>The progress forms were not written.</source>
        <translation>未能导出台账填报表。</translation>
    </message>
    <message>
        <source>Returns are applied to the saved plan.</source>
        <translation>回收的进展将应用到已保存的行动计划。</translation>
    </message>
    <message>
        <source>The returned forms could not be read.</source>
        <translation>无法读取回收的填报表。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was applied.</source>
        <translation>已取消导入：没有应用任何内容。</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>没有应用任何内容。</translation>
    </message>
    <message>
        <source>Progress forms written to {folder}: {count} (actions in them: {actions}).</source>
        <translation>已导出 {count} 份台账填报表（共 {actions} 项任务）到 {folder}。</translation>
    </message>
    <message>
        <source>Returns applied: {count}.</source>
        <translation>已应用 {count} 条报送。</translation>
    </message>
    <message>
        <source>progress-bulletin</source>
        <translation>进展通报</translation>
    </message>
    <message>
        <source>The progress bulletin was not written.</source>
        <translation>未能导出进展通报。</translation>
    </message>
    <message>
        <source>Exported the progress bulletin to {path}.</source>
        <translation>已将进展通报导出到 {path}。</translation>
    </message>
    <message>
        <source>Save your changes now?</source>
        <translation>现在保存修改吗？</translation>
    </message>
    <message>
        <source>Write one progress form per lead unit, or one form listing every unit&apos;s actions?</source>
        <translation>按牵头单位各导出一份填报表，还是导出一份包含所有单位任务的填报表？</translation>
    </message>
    <message>
        <source>One per unit</source>
        <translation>每个单位一份</translation>
    </message>
    <message>
        <source>One for all</source>
        <translation>合并为一份</translation>
    </message>
    <message>
        <source>Folder for the progress forms</source>
        <translation>选择保存填报表的文件夹</translation>
    </message>
    <message>
        <source>Returned progress forms</source>
        <translation>选择回收的填报表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export progress bulletin</source>
        <translation>导出进展通报</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the saved profiles…</source>
        <translation>正在打开已保存的档案…</translation>
    </message>
    <message>
        <source>Development Zone Cluster Benchmarking Assistant</source>
        <translation>开发区集群对标规划助手</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新档案</translation>
    </message>
    <message>
        <source>{name} (sample)</source>
        <translation>{name}（示例）</translation>
    </message>
    <message>
        <source>New profile (not saved yet)</source>
        <translation>新档案（尚未保存）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Before saving, fix or fill in: {fields}</source>
        <translation>保存前请填写或修正：{fields}</translation>
    </message>
    <message>
        <source>Not saved yet. Save with Ctrl+S.</source>
        <translation>尚未保存。按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Last saved {time} · versions kept: {count}</source>
        <translation>上次保存 {time} · 已留存 {count} 个版本</translation>
    </message>
    <message>
        <source>The saved profiles cannot be listed.</source>
        <translation>无法列出已保存的档案。</translation>
    </message>
    <message>
        <source>Matches appear once the profile is complete. Fix or fill in: {fields}</source>
        <translation>档案填写完整后即显示对标结果。请修改或填写：{fields}</translation>
    </message>
    <message>
        <source>The profile cannot be opened.</source>
        <translation>无法打开该档案。</translation>
    </message>
    <message>
        <source>New profile: fill in the form, then save.</source>
        <translation>新档案：请填写表单，然后保存。</translation>
    </message>
    <message>
        <source>The profile cannot be saved yet.</source>
        <translation>档案暂时无法保存。</translation>
    </message>
    <message>
        <source>The profile was not saved. What you typed is still in the form.</source>
        <translation>档案未能保存。您填写的内容仍保留在表单中。</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>The plan was not saved. Your edits are still in the plan.</source>
        <translation>行动计划未保存。您的修改仍在计划中。</translation>
    </message>
    <message>
        <source>Saved the plan of “{name}”.</source>
        <translation>已保存“{name}”的行动计划。</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>The profile was not duplicated.</source>
        <translation>档案未能复制。</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Saved a copy as “{name}”.</source>
        <translation>已另存副本“{name}”。</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name}（副本{number}）</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名档案</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>The profile was not renamed.</source>
        <translation>档案未能重命名。</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>已重命名为“{name}”。</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>档案未能删除。</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>{file} 未能导入。</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>已从 {file} 导入“{name}”。</translation>
    </message>
    <message>
        <source>The profile cannot be exported yet.</source>
        <translation>档案暂时无法导出。</translation>
    </message>
    <message>
        <source>The profile was not exported.</source>
        <translation>档案未能导出。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <source>The plan cannot be exported.</source>
        <translation>无法导出行动计划。</translation>
    </message>
    <message>
        <source>The plan cannot be exported yet: the profile has problems.</source>
        <translation>暂时无法导出行动计划：档案中还有问题。</translation>
    </message>
    <message>
        <source>The plan was not exported.</source>
        <translation>行动计划未导出。</translation>
    </message>
    <message>
        <source>Restored an earlier version with its plan; it is now the newest save.</source>
        <translation>已恢复早先的版本及其行动计划，它现在是最新保存的版本。</translation>
    </message>
    <message>
        <source>Restored an earlier version; it recorded no plan, so the plan was left as it was.</source>
        <translation>已恢复早先的版本；该版本未记录行动计划，计划保持不变。</translation>
    </message>
    <message>
        <source>Exported the plan workbook to {path}.</source>
        <translation>已将行动计划工作簿导出到 {path}。</translation>
    </message>
    <message>
        <source>It holds the changes on screen, which are not saved yet.</source>
        <translation>其中包含界面上尚未保存的修改。</translation>
    </message>
    <message>
        <source>action-plan-document</source>
        <translation>行动方案</translation>
    </message>
    <message>
        <source>The document was not written.</source>
        <translation>行动方案未能导出。</translation>
    </message>
    <message>
        <source>Exported the action plan document to {path}.</source>
        <translation>已将行动方案导出到 {path}。</translation>
    </message>
    <message>
        <source>Export action plan document</source>
        <translation>导出行动方案</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>该版本未能恢复。</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <source>Restored unsaved changes of “{name}”. Save them to keep them.</source>
        <translation>已恢复“{name}”未保存的更改。请保存以免丢失。</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}”有尚未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>Plan out of date</source>
        <translation>计划已过时</translation>
    </message>
    <message>
        <source>The plan of “{name}” was made before the profile last changed, so it is out of date. Update it first (your edits are kept)?</source>
        <translation>“{name}”的行动计划是在档案最近一次修改之前生成的，已经过时。是否先更新计划（保留您的修改）？</translation>
    </message>
    <message>
        <source>Update, then export</source>
        <translation>先更新，再导出</translation>
    </message>
    <message>
        <source>Export it as it is</source>
        <translation>按原样导出</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除档案</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its saved versions? This cannot be undone.</source>
        <translation>确定删除“{name}”及其所有历史版本吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Profile exists</source>
        <translation>档案已存在</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>已有名为“{name}”的档案。</translation>
    </message>
    <message>
        <source>Replace it (its history is kept)</source>
        <translation>替换（保留其历史版本）</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>ZonePlanner was closed without saving changes to “{name}” (autosaved {time}). Restore them?</source>
        <translation>上次关闭时“{name}”有未保存的更改（自动保存于 {time}）。是否恢复？</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入档案</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <source>The version history cannot be shown.</source>
        <translation>无法显示历史版本。</translation>
    </message>
    <message>
        <source>About ZonePlanner</source>
        <translation>关于 ZonePlanner</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>资料来源：</translation>
    </message>
    <message>
        <source>Profiles and plans are kept in the shared database {database}.</source>
        <translation>档案和行动计划保存在共享数据库 {database} 中。</translation>
    </message>
    <message>
        <source>Profiles and plans are kept on this computer only.</source>
        <translation>档案和计划只保存在本机。</translation>
    </message>
    <message>
        <source>Knowledge base version {version} ({date})</source>
        <translation>知识库版本 {version}（{date}）</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Zone profiles ({pattern})</source>
        <translation>开发区档案 ({pattern})</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded.</source>
        <translation>知识库未能载入。</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>新建档案(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty zone profile</source>
        <translation>新建一个空白的开发区档案</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a profile from a .json profile file</source>
        <translation>从 .json 档案文件添加档案</translation>
    </message>
    <message>
        <source>Save the profile and its plan (enabled when something changed and the form is valid)</source>
        <translation>保存档案及其行动计划（有修改且表单有效时可用）</translation>
    </message>
    <message>
        <source>Export profile &amp;file…</source>
        <translation>导出档案文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Write the profile to a .json profile file</source>
        <translation>将档案写入 .json 档案文件</translation>
    </message>
    <message>
        <source>&amp;Export plan workbook…</source>
        <translation>导出计划工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the action plan as shown, with the profile and its matches, to an Excel workbook</source>
        <translation>将界面上的行动计划连同档案和对标结果写入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export action plan &amp;document…</source>
        <translation>导出行动方案(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the action plan as a Word document in official-document layout, with annexes</source>
        <translation>将行动计划按公文格式写成 Word 行动方案（含附件）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close ZonePlanner</source>
        <translation>关闭 ZonePlanner</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制档案(&amp;D)</translation>
    </message>
    <message>
        <source>Save a copy of this profile under a new name</source>
        <translation>以新名称保存本档案的副本</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Give this profile another name</source>
        <translation>为本档案改名</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this profile and its history (asks first)</source>
        <translation>删除本档案及其历史版本（会先确认）</translation>
    </message>
    <message>
        <source>Version &amp;history…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>See earlier saves of this profile and restore one</source>
        <translation>查看本档案以前保存的版本并可恢复</translation>
    </message>
    <message>
        <source>&amp;Find profile</source>
        <translation>查找档案(&amp;F)</translation>
    </message>
    <message>
        <source>Search the saved profiles by name</source>
        <translation>按名称搜索已保存的档案</translation>
    </message>
    <message>
        <source>&amp;About ZonePlanner</source>
        <translation>关于 ZonePlanner(&amp;A)</translation>
    </message>
    <message>
        <source>Version, knowledge base and source</source>
        <translation>版本、知识库和资料来源</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>档案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MatchDetail</name>
    <message>
        <source>Select a match on the left to see why it scored as it did.</source>
        <translation>在左侧选择一个对标项，查看其得分理由。</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>得分构成</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
        <source>This match rests on {paragraphs} of the source article.</source>
        <translation>本项依据原文 {paragraphs}。</translation>
    </message>
    <message>
        <source>Click a ¶ to read our summary of that paragraph.</source>
        <translation>点击“¶”可查看本软件对该段原文的摘要。</translation>
    </message>
    <message>
        <source>Source paragraphs</source>
        <translation>原文出处</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Benchmarking results for {name}</source>
        <translation>{name} · 对标结果</translation>
    </message>
    <message>
        <source>{count} items of the US experience ranked by how well they fit this zone (0–100). Select one to see why.</source>
        <translation>共 {count} 项美国经验，按与本开发区的匹配度排序（0–100 分）。选择一项可查看得分理由。</translation>
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
    <name>ParagraphDialog</name>
    <message>
        <source>No summary of this paragraph is available.</source>
        <translation>暂无该段的摘要。</translation>
    </message>
    <message>
        <source>Summary of {paragraphs}</source>
        <translation>{paragraphs} 摘要</translation>
    </message>
    <message>
        <source>A summary in our own words of what the paragraph says, not the article&apos;s text. The article is cited in full in the About box.</source>
        <translation>以上是本软件用自己的话对该段内容的概括，并非原文。原文的完整出处见“关于”。</translation>
    </message>
</context>
<context>
    <name>PartnersPicker</name>
    <message>
        <source>Add a unit…</source>
        <translation>添加单位…</translation>
    </message>
    <message>
        <source>Name a unit that is not in the list; it is added to the zone&apos;s units</source>
        <translation>输入列表中没有的单位名称，它会加入本区机构</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Name of the unit (it is added to the zone&apos;s units):</source>
        <translation>单位名称（将加入本区机构）：</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>The shared database {database} asks for a password.
It is used for this session only and is not saved (to avoid typing it each time, ask IT for a .pgpass file).</source>
        <translation>共享数据库 {database} 要求输入密码。
密码只在本次使用，不会保存（如不想每次输入，请让信息中心配置 .pgpass 密码文件）。</translation>
    </message>
</context>
<context>
    <name>PhaseFlag</name>
    <message>
        <source>Phase and dates disagree. {reason}</source>
        <translation>阶段与日期不符：{reason}</translation>
    </message>
    <message>
        <source>Set phase to {phase}</source>
        <translation>阶段改为{phase}</translation>
    </message>
    <message>
        <source>Make the phase agree with the dates (Ctrl+Z undoes it)</source>
        <translation>按日期调整阶段（可按 Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <source>Add an action of your own (Insert)</source>
        <translation>添加一项自定义行动（Insert）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>移除选中的行动（Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected action up (Ctrl+Up)</source>
        <translation>将选中的行动上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected action down (Ctrl+Down)</source>
        <translation>将选中的行动下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Regenerate from profile</source>
        <translation>从档案重新生成</translation>
    </message>
    <message>
        <source>Propose the actions again from the current profile, keeping your edits to actions that stay</source>
        <translation>按当前档案重新提出行动建议；保留下来的行动仍保持您的修改</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <source>Save the plan as an Excel workbook to circulate</source>
        <translation>将行动计划导出为 Excel 工作簿，便于印发传阅</translation>
    </message>
    <message>
        <source>No plan yet. Fill in the zone profile in the tabs “Basic information” to “Goals”, or pick a saved profile on the left. As soon as the profile is complete, the proposed actions appear here by themselves.</source>
        <translation>尚无行动计划。请在“基本信息”至“目标与备注”各页填写开发区档案，或在左侧选择一个已保存的档案。档案填写完整后，系统建议的行动会自动显示在这里。</translation>
    </message>
    <message>
        <source>The saved plan could not be read: {reason}

The proposed actions are shown instead.</source>
        <translation>无法读取已保存的行动计划：{reason}

现显示系统建议的行动。</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>导出行动计划</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook was saved as
{path}

Open the folder that holds it?</source>
        <translation>工作簿已保存为
{path}

是否打开所在文件夹？</translation>
    </message>
    <message>
        <source>Remove the action “{title}” from the plan?</source>
        <translation>确定从计划中移除行动“{title}”吗？</translation>
    </message>
    <message>
        <source>There is no plan to export yet: fill in the zone profile or pick a saved one on the left.</source>
        <translation>暂无可导出的行动计划：请先填写开发区档案，或在左侧选择一个已保存的档案。</translation>
    </message>
    <message>
        <source>action-plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <source>The workbook was not written; the previous file is unchanged.

Reason: {reason}</source>
        <translation>工作簿未写入，原有文件未改动。

原因：{reason}</translation>
    </message>
    <message>
        <source>The plan was regenerated from the current profile.</source>
        <translation>已按当前档案重新生成行动计划。</translation>
    </message>
    <message>
        <source>Added (highlighted in the table): {titles}</source>
        <translation>新增（表中以底色标出）：{titles}</translation>
    </message>
    <message>
        <source>Dropped: {titles}</source>
        <translation>移除：{titles}</translation>
    </message>
    <message>
        <source>No longer proposed, but kept because you had worked on them (status, dates, owner, notes or edited texts); they are now your own actions: {titles}</source>
        <translation>不再建议，但因您已着手处理（填写了状态、日期、责任人、备注或修改过内容）而保留，现列为您自行添加的行动：{titles}</translation>
    </message>
    <message>
        <source>No action was added or dropped.</source>
        <translation>没有新增或移除的行动。</translation>
    </message>
    <message>
        <source>Your edits to the actions that stay were kept.</source>
        <translation>保留下来的行动仍保持您所做的修改。</translation>
    </message>
    <message>
        <source>An action needs a title: type one, or remove the action.</source>
        <translation>行动名称不能为空：请填写名称，或移除该行动。</translation>
    </message>
    <message>
        <source>“{text}” is not a date, so the date in column “{field}”, row {row}, stays empty.</source>
        <translation>“{text}”不是有效的日期，第 {row} 行“{field}”仍为空。</translation>
    </message>
    <message>
        <source>“{text}” is not a date, so the date in column “{field}”, row {row}, stays {kept}.</source>
        <translation>“{text}”不是有效的日期，第 {row} 行“{field}”仍为 {kept}。</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD, for example 2026-03-01, or pick one from the calendar.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期（例如 2026-03-01），或从日历中选择。</translation>
    </message>
    <message>
        <source>Action plan — {zone}</source>
        <translation>行动计划 — {zone}</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Default columns</source>
        <translation>默认列</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Overdue: the end date has passed</source>
        <translation>已逾期：已过结束日期</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>ProfileChangedBanner</name>
    <message>
        <source>The zone profile has changed since this plan was made. Regenerate the plan from the profile? Your edits to actions that stay are kept.</source>
        <translation>制定本计划后，开发区档案已有变化。是否按新档案重新生成行动计划？保留下来的行动仍保持您的修改。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Endowments</source>
        <translation>资源禀赋</translation>
    </message>
    <message>
        <source>Stage and situation</source>
        <translation>发展阶段与现状</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标与备注</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>本区机构</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>{name}
Damaged: this version cannot read it ({problem}).
Right-click to delete it; the command line can export it as stored (profiles export --raw).</source>
        <translation>{name}
已损坏：当前版本无法读取（{problem}）。
右键单击可删除；命令行可按原样导出（profiles export --raw）。</translation>
    </message>
    <message>
        <source>{name}
{stage} · saved {saved} · versions kept: {count}</source>
        <translation>{name}
{stage} · 保存于 {saved} · 已留存 {count} 个版本</translation>
    </message>
    <message>
        <source>A sample profile shipped with the application (Help → Remove all samples).</source>
        <translation>随软件提供的示例档案（可通过“帮助 → 删除全部示例档案”删除）。</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>按名称搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>按最近修改</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Profiles: {total}</source>
        <translation>共 {total} 个档案</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} profiles</source>
        <translation>显示 {shown} 个，共 {total} 个档案</translation>
    </message>
</context>
<context>
    <name>ProfileTexts</name>
    <message>
        <source>e.g. 128.5</source>
        <translation>例如 128.5</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>例如 1200</translation>
    </message>
    <message>
        <source>e.g. 90000</source>
        <translation>例如 90000</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>例如 12</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>例如 30</translation>
    </message>
    <message>
        <source>e.g. 560</source>
        <translation>例如 560</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress overview</source>
        <translation>进展总览</translation>
    </message>
    <message>
        <source>Units report:</source>
        <translation>报送周期：</translation>
    </message>
    <message>
        <source>Export progress bulletin…</source>
        <translation>导出进展通报…</translation>
    </message>
    <message>
        <source>As of {today}, actions done: {done} of {total}; overdue: {overdue}; with no report in {period}: {silent}.</source>
        <translation>截至 {today}：{total} 项任务已完成 {done} 项，逾期 {overdue} 项，{period}未报送进展 {silent} 项。</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>各单位推进情况</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>逾期（{count}）</translation>
    </message>
    <message>
        <source>No report ({count})</source>
        <translation>未报送（{count}）</translation>
    </message>
    <message>
        <source>Double-click an action to select it in the plan</source>
        <translation>双击任务即可在行动计划中选中它</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Overdue: the end date has passed and the action is not done</source>
        <translation>已逾期：已过结束日期但尚未完成</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Match</source>
        <translation>对标项</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export action plan document</source>
        <translation>导出行动方案</translation>
    </message>
    <message>
        <source>e.g. the zone&apos;s management committee</source>
        <translation>如：某某开发区管委会</translation>
    </message>
    <message>
        <source>Draft for comments</source>
        <translation>征求意见稿</translation>
    </message>
    <message>
        <source>Optional: the leader who heads the work (chain leader)</source>
        <translation>选填：牵头负责的领导（链长）</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>负责领导：</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Stage of the cluster *</source>
        <translation>集群发展阶段 *</translation>
    </message>
    <message>
        <source>Leading industries * (one or more)</source>
        <translation>主导产业 *（可多选）</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>现状诊断</translation>
    </message>
    <message>
        <source>Say for each point whether it is true of the zone today. Leave “Not known” where you are not sure: it is then listed as to be verified, never counted for or against the zone.</source>
        <translation>逐项说明本区目前是否如此。拿不准的请保持“不清楚”：结果中会列为待核实，既不加分也不扣分。</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Problems the zone states</source>
        <translation>本区存在的问题</translation>
    </message>
    <message>
        <source>Tick the problems the zone itself names; hover over one to see what it means.</source>
        <translation>勾选本区自己认定的问题；鼠标停在问题上可查看说明。</translation>
    </message>
    <message>
        <source> (outside the article)</source>
        <translation>（原文未涉及）</translation>
    </message>
</context>
<context>
    <name>TargetsTable</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基期年份</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>One row per indicator. Leave the base blank when it is not known: the plan then says “to be filled in” instead of guessing.</source>
        <translation>每个指标一行。基期值不清楚时请留空：行动计划会写“待填”，而不是自行估计。</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Progress of “{title}”</source>
        <translation>“{title}”的进展记录</translation>
    </message>
    <message>
        <source>{title} — lead unit: {unit}</source>
        <translation>{title} — 牵头单位：{unit}</translation>
    </message>
    <message>
        <source>No progress has been reported on this action yet.</source>
        <translation>该任务尚无进展报送。</translation>
    </message>
    <message>
        <source>{unit} ({reporter})</source>
        <translation>{unit}（{reporter}）</translation>
    </message>
</context>
<context>
    <name>UnitPickers</name>
    <message>
        <source>A unit of the zone&apos;s own</source>
        <translation>本区自设机构</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>New unit</source>
        <translation>新机构</translation>
    </message>
    <message>
        <source>The units a plan action can name as lead or partner. Untick a unit the zone does not have, change a name to the one the zone uses, and add the zone&apos;s own units, such as an industrial-chain office or the development and investment company. The administrative committee assigns work to the zone&apos;s internal units and seeks the support of higher-level departments. Plan actions offer only the units listed here.</source>
        <translation>行动计划的牵头单位和配合单位从下列单位中选择。本区没有的单位请取消勾选；名称与本区叫法不同的，可直接改为本区的叫法；本区自设的机构（如产业链办、开发投资公司）请点“添加本区自设机构”。管委会向本区内设机构部署任务，对上级部门则争取其支持。行动计划只提供此处列出的单位。</translation>
    </message>
    <message>
        <source>In the zone</source>
        <translation>本区设有</translation>
    </message>
    <message>
        <source>Name used in the zone</source>
        <translation>本区叫法</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Standard unit</source>
        <translation>目录单位</translation>
    </message>
    <message>
        <source>Add the zone&apos;s own unit</source>
        <translation>添加本区自设机构</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <source>Remove the selected unit the zone added itself; a standard unit cannot be removed, untick it instead</source>
        <translation>删除选中的本区自设机构；目录单位不能删除，可取消勾选</translation>
    </message>
    <message>
        <source>The list of standard units cannot be read, so the zone&apos;s units cannot be edited for now: {reason}</source>
        <translation>无法读取单位目录，暂时不能编辑本区机构：{reason}</translation>
    </message>
    <message>
        <source>Added by the zone</source>
        <translation>本区自设</translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>How to use the application: the workflow, the scores, the plan (F1)</source>
        <translation>本软件的用法：工作流程、分数含义、行动计划（F1）</translation>
    </message>
    <message>
        <source>&amp;Load the sample profiles</source>
        <translation>载入示例档案(&amp;L)</translation>
    </message>
    <message>
        <source>Add the sample profiles again (your own profiles are not touched)</source>
        <translation>重新载入示例档案（您自己的档案不受影响）</translation>
    </message>
    <message>
        <source>&amp;Remove all sample profiles…</source>
        <translation>删除全部示例档案(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete every profile marked Sample; your own profiles stay</source>
        <translation>删除所有标有“示例”的档案；您自己的档案保留</translation>
    </message>
    <message>
        <source>(not opened yet)</source>
        <translation>（尚未打开）</translation>
    </message>
    <message>
        <source>The sample profiles were not all removed.</source>
        <translation>示例档案未能全部删除。</translation>
    </message>
    <message>
        <source>Removed {count} sample profiles.</source>
        <translation>已删除 {count} 份示例档案。</translation>
    </message>
    <message>
        <source>The sample profiles were not loaded.</source>
        <translation>示例档案未能载入。</translation>
    </message>
    <message>
        <source>Some sample profiles were not loaded.</source>
        <translation>部分示例档案未能载入。</translation>
    </message>
    <message>
        <source>Loaded {count} sample profiles.</source>
        <translation>已载入 {count} 份示例档案。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 份</translation>
    </message>
    <message>
        <source>Remove sample profiles</source>
        <translation>删除示例档案</translation>
    </message>
    <message>
        <source>Remove all {count} sample profiles with their plans and saved versions?</source>
        <translation>确定删除全部 {count} 份示例档案及其行动计划和历史版本吗？</translation>
    </message>
    <message>
        <source>Your own profiles are not touched. Help → Load the sample profiles brings the samples back.</source>
        <translation>您自己的档案不受影响。需要时可通过“帮助 → 载入示例档案”重新载入。</translation>
    </message>
</context>
<context>
    <name>WindowPages</name>
    <message>
        <source>Matches</source>
        <translation>对标结果</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Opening the knowledge base…</source>
        <translation>正在打开知识库…</translation>
    </message>
    <message>
        <source>The knowledge base or the matching rules could not be loaded, so there are no matches or plans. Profiles can still be edited and saved.</source>
        <translation>知识库或对标规则未能载入，因此没有对标结果和行动计划。档案仍可编辑和保存。</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded.</source>
        <translation>知识库未能载入。</translation>
    </message>
    <message>
        <source>Go to the profile form</source>
        <translation>前往档案表单</translation>
    </message>
</context>
</TS>
