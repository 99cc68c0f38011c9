<#import "../layout.ftl" as layout>
<#import "parts.ftl" as c>
<#import "../forms.ftl" as f>
<#assign title = kase???then(t("consequence.prio.title-case", (kase.title())!""), t("consequence.prio.title"))>
<@layout.page title=title>
<#if kase??><@c.caseNav kase "prioritisation"/><#else><p><a href="/consequence">${t("consequence.title")}</a></p></#if>
<#if done?has_content><@f.notice "consequence.done." + done/></#if>
<p>${t("consequence.prio.lead")}</p>
<#function name p><#local a = p.alternative()><#return (kase??)?then("", p.kase().title() + ": ") + a.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", a.letter()) + " " + a.title())></#function>
<#function mark p><#return (kase??)?then("", p.kase().id()?c + ".") + p.alternative().doNothing()?then("0", p.alternative().letter())></#function>
<#if chart.points()?has_content>
<figure class="prio-chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width()?c} ${chart.height()?c}" width="100%" role="img" aria-labelledby="prio-title prio-desc">
  <title id="prio-title">${t("consequence.prio.chart")}</title>
  <desc id="prio-desc">${t("consequence.prio.chart-desc")}</desc>
  <line x1="${chart.left()?c}" x2="${chart.left()?c}" y1="${chart.top()?c}" y2="${(chart.top() + chart.plotHeight())?c}" stroke="currentColor"/>
  <line x1="${chart.left()?c}" x2="${(chart.left() + chart.plotWidth())?c}" y1="${chart.zeroY()?c}" y2="${chart.zeroY()?c}" stroke="currentColor" stroke-dasharray="4 3"/>
  <text x="${(chart.left() - 6)?c}" y="${(chart.top() + 10)?c}" text-anchor="end" font-size="12">${chart.maxEffect()?c}</text>
  <text x="${(chart.left() - 6)?c}" y="${(chart.zeroY() + 4)?c}" text-anchor="end" font-size="12">0</text>
  <text x="${(chart.left() - 6)?c}" y="${(chart.top() + chart.plotHeight())?c}" text-anchor="end" font-size="12">${chart.minEffect()?c}</text>
  <text x="${(chart.left() + chart.plotWidth())?c}" y="${(chart.height() - 6)?c}" text-anchor="end" font-size="12">${fmt.number(chart.maxMoney())} kr</text>
  <text x="${chart.left()?c}" y="${(chart.height() - 6)?c}" font-size="12">${t("consequence.prio.axis-money")}</text>
  <#list chart.points() as p>
  <circle cx="${p.x()?c}" cy="${p.y()?c}" r="6" fill="none" stroke="currentColor" stroke-width="2"/>
  <text x="${(p.x() + 9)?c}" y="${(p.y() - 8)?c}" font-size="13" font-weight="700">${mark(p)}</text>
  </#list>
</svg>
<figcaption>${t("consequence.prio.axis-effect")}</figcaption>
</figure>
<div class="table-wrap">
<table>
  <caption>${t("consequence.prio.caption")}</caption>
  <thead><tr><th scope="col">${t("consequence.prio.mark")}</th><th scope="col">${t("consequence.alternative")}</th><th scope="col">${t("consequence.prio.effect")}</th><th scope="col">${t("consequence.prio.money")}</th><th scope="col">${t("consequence.field.staffYearly")}</th><th scope="col">${t("consequence.field.priority")}</th><#if votes??><th scope="col">${t("consequence.vote.dots")}</th></#if></tr></thead>
  <tbody>
  <#list chart.points() as p>
  <tr><td>${mark(p)}</td><th scope="row"><a href="/consequence/cases/${p.kase().id()?c}">${name(p)}</a></th>
    <td>${p.effect()?c} (${t("consequence.prio.assessed", p.assessed())})</td><td>${fmt.number(p.money())}</td>
    <td>${(p.staffYearly()??)?then(fmt.number(p.staffYearly()!0), "–")}</td>
    <td><#if p.alternative().priority()??>${t("consequence.priority." + p.alternative().priority())}<#if p.alternative().priorityReason()?has_content>: <span dir="auto">${p.alternative().priorityReason()}</span></#if><#else>–</#if><#if canManage> <a href="/consequence/cases/${p.kase().id()?c}/alternatives/${p.alternative().id()?c}">${t("consequence.prio.set", mark(p))}</a></#if></td>
    <#if votes??><td class="votes">${votes.of(p.alternative())?c}</td></#if></tr>
  </#list>
  </tbody>
</table>
</div>
<#else><p>${t("consequence.cases.none")}</p></#if>
<#if kase??>
<section aria-labelledby="vote-heading">
<h2 id="vote-heading">${t("consequence.vote.heading")}</h2>
<#if votes??>
<p class="vote-status">${t("consequence.vote.result", votes.workshopTitle())} ${t("consequence.vote.voters.plural", votes.voters())}</p>
<#if votes.voters() == 0><p>${t("consequence.vote.sent", votes.workshopTitle())}</p></#if>
</#if>
<#if canManage>
<p>${t("consequence.vote.lead", dots)}</p>
<#if workshops?has_content>
<form method="post" action="/consequence/cases/${kase.id()?c}/prioritisation/workshop" class="form">
  <@f.csrfField/>
  <div class="field">
    <label for="workshop">${t("consequence.vote.workshop")}</label>
    <select id="workshop" name="workshop" required><#list workshops as w><option value="${w.id()?c}">${w.title()}</option></#list></select>
  </div>
  <button type="submit" class="button">${t("consequence.vote.send")}</button>
</form>
<#else><p>${t("consequence.vote.no-workshops")}</p></#if>
</#if>
</section>
</#if>
</@layout.page>
