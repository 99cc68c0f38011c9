<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as c>
<#assign base = "/consequence/cases/" + kase.id()?c>
<@layout.page title=kase.title()>
<@c.caseNav kase "overview"/>
<#if done?has_content><@f.notice "consequence.done." + done/></#if>
<dl class="dialogue-facts">
  <dt>${t("consequence.field.decidingBody")}</dt><dd>${kase.decidingBody()?has_content?then(kase.decidingBody(), "–")}</dd>
  <dt>${t("consequence.field.decisionDate")}</dt><dd>${(kase.decisionDate()!"–")?string}</dd>
  <dt>${t("consequence.field.unit")}</dt><dd><bdi>${unitName?has_content?then(unitName, "–")}</bdi></dd>
  <dt>${t("consequence.owner")}</dt><dd><bdi>${owner?has_content?then(owner, "–")}</bdi></dd>
</dl>
<#if kase.background()?has_content><h2>${t("consequence.field.background")}</h2><p class="prewrap">${kase.background()}</p></#if>
<#if canManage><p class="actions"><a class="button button--quiet" href="${base}/edit">${t("consequence.edit")}</a></p></#if>
<h2 id="targets-heading">${t("consequence.field.targets")}</h2>
<#if targets?has_content>
<ul aria-labelledby="targets-heading">
<#list targets as tg><#assign label = tg.label(lang.code())><li><a href="/goals/${tg.frameworkKey()}/${tg.code()}">${tg.code()}</a> <span lang="${label.lang()}">${label.value()}</span></li></#list>
</ul>
<#else><p>${t("consequence.targets.none")}</p></#if>
<h2 id="items-heading">${t("consequence.field.items")}</h2>
<#assign anyItem = false><#list items as kind, ids><#if ids?has_content><#assign anyItem = true></#if></#list>
<#if anyItem>
<ul aria-labelledby="items-heading">
<#list items as kind, ids><#if ids?has_content><li>${t("consequence.item." + kind)}: <#list ids as i>${i?c}<#sep>, </#list></li></#if></#list>
</ul>
<#else><p>${t("consequence.items.none")}</p></#if>
<h2 id="alternatives-heading">${t("consequence.alternatives")}</h2>
<div class="table-wrap">
<table aria-labelledby="alternatives-heading">
  <thead><tr><th scope="col">${t("consequence.alternative")}</th><th scope="col">${t("consequence.assess")}</th><th scope="col">${t("consequence.field.priority")}</th></tr></thead>
  <tbody>
  <#list alternatives as a>
  <tr>
    <th scope="row">${a.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", a.letter()))}: ${a.title()}<#if canManage> <a href="${base}/alternatives/${a.id()?c}">${t("consequence.alternative.edit", a.title())}</a></#if></th>
    <td><#list horizons as h><a href="${base}/assess/${a.id()?c}/${h.name()?lower_case}">${t("consequence.assess.link", t(h.key()))}</a><#sep> · </#list></td>
    <td>${(a.priority()!"–")?string}</td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<#if canManage><p class="actions"><a class="button" href="${base}/alternatives/new">${t("consequence.alternative.add")}</a></p></#if>
</@layout.page>
