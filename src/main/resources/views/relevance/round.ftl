<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as r>
<@layout.page title=round.title() + " " + round.year()?c>
<#if done?has_content><@f.notice "relevance.done." + done/></#if>
<@r.closedNotice round/>
<dl class="facts">
  <dt>${t("relevance.field.deadline")}</dt><dd>${round.deadline().toString()}</dd>
  <dt>${t("relevance.field.frameworks")}</dt><dd>${frameworks?join(", ")}</dd>
</dl>
<#if round.instructions()?has_content><h2>${t("relevance.field.instructions")}</h2><p class="pre-line">${round.instructions()}</p></#if>
<p class="actions"><a class="button" href="/relevance/rounds/${round.id()?c}/result">${t("relevance.result.title")}</a>
<a class="button button--quiet" href="/relevance/rounds/${round.id()?c}/report.pdf">${t("relevance.report.pdf")}</a>
<a class="button button--quiet" href="/relevance/rounds/${round.id()?c}/report.xlsx">${t("relevance.report.xlsx")}</a></p>
<h2 id="progress-heading">${t("relevance.progress.title")}</h2>
<div class="table-wrap">
<table aria-labelledby="progress-heading">
  <thead><tr><th scope="col">${t("relevance.field.unit")}</th><th scope="col">${t("relevance.field.contact")}</th><th scope="col">${t("relevance.progress.assessed")}</th><th scope="col">${t("relevance.progress.status")}</th><#if canManage && !round.closed()><th scope="col">${t("relevance.remind.column")}</th></#if></tr></thead>
  <tbody>
  <#list units as u>
  <tr>
    <th scope="row"><#if canManage><a href="/relevance/rounds/${round.id()?c}/units/${u.row().unitId()?c}"><bdi>${u.name()}</bdi></a><#else><bdi>${u.name()}</bdi></#if></th>
    <td><#if u.contactName()?has_content><bdi>${u.contactName()}</bdi><#else>${t("relevance.field.contact-none")}</#if></td>
    <td>${t("relevance.progress", u.assessed(), u.total())} (${u.percent()} %)</td>
    <td><#if u.submitted()>${t("relevance.submitted")}<#elseif u.assessed() gt 0>${t("relevance.in-progress")}<#else>${t("relevance.not-started")}</#if><#if !u.submitted() && u.reminded()><br><@r.reminded u/></#if></td>
    <#if canManage && !round.closed()><td><#if !u.submitted()><form method="post" action="/relevance/rounds/${round.id()?c}/remind">
      <@f.csrfField/><input type="hidden" name="unit" value="${u.row().unitId()?c}">
      <button type="submit" class="button button--quiet">${t("relevance.remind")}<span class="visually-hidden"> <bdi>${u.name()}</bdi></span></button>
    </form></#if></td></#if>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<#if canManage>
<#if !round.closed() && units?filter(u -> !u.submitted())?has_content>
<form method="post" action="/relevance/rounds/${round.id()?c}/remind">
  <@f.csrfField/>
  <p>${t("relevance.remind.hint-mail")}</p>
  <button type="submit" class="button button--quiet">${t("relevance.remind.all")}</button>
</form>
</#if>
<h2>${t("relevance.state.title")}</h2>
<#if round.closed()>
<p>${t("relevance.state.closed")}</p>
<#if canReopen>
<form method="post" action="/relevance/rounds/${round.id()?c}/reopen">
  <@f.csrfField/>
  <button type="submit" class="button button--quiet">${t("relevance.state.reopen")}</button>
</form>
<#else><p>${t("relevance.state.reopen-admin")}</p></#if>
<#else>
<p>${t("relevance.state.close-hint")}</p>
<#if mayClose>
<form method="post" action="/relevance/rounds/${round.id()?c}/close">
  <@f.csrfField/>
  <button type="submit" class="button">${t("relevance.state.close")}</button>
</form>
<#else><p>${t("relevance.error.close-early")}</p></#if>
</#if>
<h2>${t("relevance.public.heading")}</h2>
<p><#if round.published()>${t("relevance.public.is-published")} <a href="/relevance/public/${round.id()?c}">${t("relevance.public.open")}</a><#else>${t("relevance.public.not-published")}</#if></p>
<form method="post" action="/relevance/rounds/${round.id()?c}/publish">
  <@f.csrfField/>
  <input type="hidden" name="published" value="${(!round.published())?c}">
  <button type="submit" class="button button--quiet">${round.published()?then(t("relevance.public.withdraw"), t("relevance.public.publish"))}</button>
</form>
<h2>${t("relevance.next.title")}</h2>
<p>${t("relevance.next.hint")}</p>
<form method="post" action="/relevance/rounds/${round.id()?c}/next">
  <@f.csrfField/>
  <button type="submit" class="button button--quiet">${t("relevance.next.start", (round.year() + 1)?c)}</button>
</form>
</#if>
</@layout.page>
