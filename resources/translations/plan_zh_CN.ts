<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDetailPanel</name>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="109" />
        <source>What will be done, in a few words</source>
        <translation>用几个词说明要做什么</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="110" />
        <source>The concrete measures of this action</source>
        <translation>本项行动的具体举措</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="111" />
        <source>How progress will be measured</source>
        <translation>如何衡量进展</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="113" />
        <source>Action:</source>
        <translation>行动:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="114" />
        <source>Measures:</source>
        <translation>具体举措:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="115" />
        <source>KPI:</source>
        <translation>考核指标:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="116" />
        <source>Recommendation:</source>
        <translation>对应建议:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="117" />
        <source>Why:</source>
        <translation>提出理由:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="118" />
        <source>Draws on:</source>
        <translation>借鉴经验:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="119" />
        <source>Source:</source>
        <translation>原文依据:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="123" />
        <source>Select an action in the table to see it in full here.</source>
        <translation>在上表中选中一项行动,即可在此查看和编辑详细内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="155" />
        <source>(added by you)</source>
        <translation>(自行添加)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/detail_panel.py" line="156" />
        <location filename="../../desktop/views/plan/detail_panel.py" line="158" />
        <location filename="../../desktop/views/plan/detail_panel.py" line="159" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/views/plan/date_field.py" line="56" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/date_field.py" line="76" />
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/date_field.py" line="77" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>PartnersPicker</name>
    <message>
        <location filename="../../desktop/views/plan/department_pickers.py" line="122" />
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="19" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="20" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="21" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="22" />
        <source>Near term (within 1 year)</source>
        <translation>近期(1年内)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="23" />
        <source>Mid term (1–3 years)</source>
        <translation>中期(1–3年)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="24" />
        <source>Long term (3–5 years)</source>
        <translation>远期(3–5年)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="25" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="26" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="27" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="28" />
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="34" />
        <source>Management committee</source>
        <translation>管委会内设机构</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="35" />
        <source>Government departments</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="36" />
        <source>External partners</source>
        <translation>外部合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="38" />
        <source>Other units</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/labels.py" line="39" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="182" />
        <source>No plan yet. Choose a zone profile and run the matching: its proposed actions appear here.</source>
        <translation>尚无行动计划。请选择开发区档案并进行对标匹配,系统建议的行动将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="163" />
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="163" />
        <source>Add an action of your own (Insert)</source>
        <translation>添加一项自定义行动(Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="164" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="164" />
        <source>Remove the selected action (Delete)</source>
        <translation>删除选中的行动(Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="165" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="165" />
        <source>Move the selected action up (Ctrl+Up)</source>
        <translation>将选中的行动上移(Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="166" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="166" />
        <source>Move the selected action down (Ctrl+Down)</source>
        <translation>将选中的行动下移(Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="169" />
        <source>Regenerate from profile</source>
        <translation>从档案重新生成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="170" />
        <source>Propose the actions again from the current profile, keeping your edits to actions that stay</source>
        <translation>按当前档案重新提出行动建议;保留下来的行动仍保持您的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="174" />
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="175" />
        <source>Save the plan as an Excel workbook to circulate</source>
        <translation>将行动计划导出为 Excel 工作簿,便于印发传阅</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="219" />
        <source>The saved plan could not be read: %1

The proposed actions are shown instead.</source>
        <translation>无法读取已保存的行动计划:%1

现显示系统建议的行动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="264" />
        <location filename="../../desktop/views/plan/page.py" line="268" />
        <location filename="../../desktop/views/plan/page.py" line="271" />
        <location filename="../../desktop/views/plan/page.py" line="282" />
        <location filename="../../desktop/views/plan/page.py" line="434" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="275" />
        <source>Export the action plan</source>
        <translation>导出行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="275" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="283" />
        <source>The workbook was saved as
%1

Open the folder that holds it?</source>
        <translation>工作簿已保存为
%1

是否打开所在文件夹?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="302" />
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="314" />
        <source>Remove the action “%1” from the plan?</source>
        <translation>确定从计划中删除行动“%1”吗?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="350" />
        <source>There is no plan to export yet: choose a zone profile and run the matching.</source>
        <translation>暂无可导出的行动计划:请先选择开发区档案并进行对标匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="354" />
        <source>action-plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="354" />
        <source>zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="389" />
        <source>The plan was regenerated from the current profile.</source>
        <translation>已按当前档案重新生成行动计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="392" />
        <source>Added (highlighted in the table): %1</source>
        <translation>新增(表中以底色标出):%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="395" />
        <source>Dropped: %1</source>
        <translation>移除:%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="397" />
        <source>No action was added or dropped.</source>
        <translation>没有新增或移除的行动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="398" />
        <source>Your edits to the actions that stay were kept.</source>
        <translation>保留下来的行动仍保持您所做的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="421" />
        <source>An action needs a title: type one, or remove the action.</source>
        <translation>行动名称不能为空:请填写名称,或删除该行动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/page.py" line="434" />
        <source>Action plan — %1</source>
        <translation>行动计划 — %1</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="56" />
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="57" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="58" />
        <source>Rec.</source>
        <translation>对应建议</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="59" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="60" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="61" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="62" />
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="63" />
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="64" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="65" />
        <source>Partner units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="66" />
        <source>KPI</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="67" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="68" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="69" />
        <source>¶</source>
        <translation>依据(¶)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="72" />
        <source>The article's measure this action implements</source>
        <translation>本行动落实的原文对策建议</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="73" />
        <source>The one unit that leads (the “1” of “1+N”)</source>
        <translation>牵头的一个单位(“1+N”中的“1”)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="74" />
        <source>The units that take part (the “N” of “1+N”)</source>
        <translation>参与配合的单位(“1+N”中的“N”)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="75" />
        <source>Paragraphs of the source article</source>
        <translation>所依据的原文段落</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/table_model.py" line="269" />
        <source>Overdue: the end date has passed</source>
        <translation>已逾期:已过结束日期</translation>
    </message>
</context>
<context>
    <name>ProfileChangedBanner</name>
    <message>
        <location filename="../../desktop/views/plan/banner.py" line="34" />
        <source>The zone profile has changed since this plan was made. Regenerate the plan from the profile? Your edits to actions that stay are kept.</source>
        <translation>制定本计划后,开发区档案已有变化。是否按新档案重新生成行动计划?保留下来的行动仍保持您的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/banner.py" line="38" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/banner.py" line="39" />
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="56" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="57" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="58" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="59" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="60" />
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="67" />
        <source>Overdue: the end date has passed and the action is not done</source>
        <translation>已逾期:已过结束日期但尚未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan/progress_strip.py" line="70" />
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
</context>
</TS>