<#-- The decision basis's contents, shared by the page and the PDF. h: the first heading level below the title. -->
<#import "parts.ftl" as c>
<#import "decision-parts.ftl" as dp>
<#macro items list><#if list?has_content><#list list as i>${c.aspectName(i.line())}: <@c.cellValue i.cell()/><#sep><br/></#list><#else>${t("consequence.matrix.empty")}</#if></#macro>
<#macro body basis pdf=false>
<#assign kase = basis.kase()>
<h2>${t("consequence.basis.summary")}</h2>
<p>${t("consequence.field.decidingBody")}: ${kase.decidingBody()?has_content?then(kase.decidingBody(), "–")}. ${t("consequence.field.decisionDate")}: ${(kase.decisionDate()!"–")?string}. ${t("consequence.field.unit")}: ${basis.unitName()?has_content?then(basis.unitName(), "–")}. ${t("consequence.owner")}: ${basis.owner()?has_content?then(basis.owner(), "–")}.</p>
<#if kase.background()?has_content><p>${kase.background()}</p></#if>
<h2>${t("consequence.field.targets")}</h2>
<#if basis.targets()?has_content><ul><#list basis.targets() as tg><li>${tg.code()} ${tg.label(lang.code()).value()}</li></#list></ul><#else><p>${t("consequence.targets.none")}</p></#if>
<h2>${t("consequence.alternatives")}</h2>
<table>
  <thead><tr><th scope="col">${t("consequence.alternative")}</th><th scope="col">${t("consequence.field.moneyOnce")}</th><th scope="col">${t("consequence.field.moneyYearly")}</th><th scope="col">${t("consequence.field.staffOnce")}</th><th scope="col">${t("consequence.field.staffYearly")}</th><th scope="col">${t("consequence.field.priority")}</th></tr></thead>
  <tbody>
  <#list basis.alternatives() as a>
  <tr><th scope="row">${a.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", a.letter()) + " " + a.title())}<#if a.description()?has_content>: ${a.description()}</#if></th>
    <td>${(a.moneyOnce()??)?then(fmt.number(a.moneyOnce()!0), "–")}</td><td>${(a.moneyYearly()??)?then(fmt.number(a.moneyYearly()!0), "–")}</td>
    <td>${(a.staffOnce()??)?then(fmt.number(a.staffOnce()!0), "–")}</td><td>${(a.staffYearly()??)?then(fmt.number(a.staffYearly()!0), "–")}</td>
    <td>${(a.priority()??)?then(t("consequence.priority." + (a.priority()!0)?c), "–")}</td></tr>
  </#list>
  </tbody>
</table>
<h2>${t("consequence.section.matrix")}</h2>
<table>
  <thead><tr><th scope="col">${t("consequence.alternative")}</th><th scope="col">${t("consequence.horizon")}</th><th scope="col">${t("consequence.matrix.effect")}</th><th scope="col">${t("consequence.matrix.service")}</th><th scope="col">${t("consequence.matrix.societal")}</th></tr></thead>
  <tbody>
  <#list basis.matrix() as row><#assign a = row.alternative()>
  <tr><th scope="row">${a.doNothing()?then(t("consequence.matrix.do-nothing"), t("consequence.alternative.letter", a.letter()))}</th><td>${t(row.horizon().key())}</td><td><@items row.effect()/></td><td><@items row.service()/></td><td><@items row.societal()/></td></tr>
  </#list>
  </tbody>
</table>
<h2>${t("consequence.prefill.title")}</h2>
<#if basis.projections()?has_content><ul><#list basis.projections() as p><li>${p.target().code()}: ${p.projection().indicator()} – <@c.rating p.rating()/></li></#list></ul><#else><p>${t("consequence.prefill.none")}</p></#if>
<h2>${t("consequence.interactions.title")}</h2>
<#if basis.interactions()?has_content><ul><#list basis.interactions() as i><li>${t(i.conflict()?then("consequence.interactions.conflict", "consequence.interactions.synergy"), i.from(), i.to(), (i.score() gt 0)?then("+", "−") + fmt.number(i.score()?abs), i.session(), fmt.date(i.when()))}</li></#list></ul><#else><p>${t("consequence.interactions.none")}</p></#if>
<h2>${t("consequence.basis.voices")}</h2>
<#if basis.voices()?has_content>
<#list basis.voices() as v>
<p>${t("consequence.basis.voice", t("relevance.evidence.kind." + v.kind()), v.answers(), v.sources())}</p>
<#if v.quotes()?has_content><ul><#list v.quotes() as q><li><q<#if q.lang()?has_content> lang="${q.lang()}"</#if>>${q.label()}</q> (${q.sourceTitle()})</li></#list></ul></#if>
</#list>
<#else><p>${t("consequence.basis.voices-none")}</p></#if>
<h3>${t("consequence.basis.gaps")}</h3>
<#if basis.gaps()?has_content><ul class="not-heard"><#list basis.gaps() as g><li><span lang="${g.group().lang()}">${g.group().value()}</span>: ${t("consequence.basis.gap.shares", g.answerPercent()?round, g.populationPercent()?round)} (<span lang="${g.question().lang()}">${g.question().value()}</span> – <span lang="${g.dialogue().lang()}">${g.dialogue().value()}</span>)</li></#list></ul>
<#elseif basis.dialoguesLinked()><p>${t("consequence.basis.gaps-none")}</p>
<#else><p>${t("consequence.basis.gaps-no-dialogues")}</p></#if>
<#if basis.unheardStakeholders()?has_content><p>${t("consequence.basis.unheard-stakeholders")}</p>
<ul class="not-heard-stakeholders"><#list basis.unheardStakeholders() as s><li dir="auto">${s.name()}</li></#list></ul></#if>
<p>${t("consequence.basis.not-heard")}</p>
<h2>${t("consequence.basis.recommendation")}</h2>
<#if basis.recommended()?has_content><ul><#list basis.recommended() as a><li>${t("consequence.alternative.letter", a.letter())} ${a.title()}: ${a.priorityReason()}</li></#list></ul><#else><p>${t("consequence.basis.recommendation-none")}</p></#if>
<#if basis.decision().isPresent()>
<h2>${t("consequence.basis.decision")}</h2>
<@dp.decision basis.decision().get()/>
</#if>
</#macro>
