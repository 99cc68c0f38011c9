<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=stakeholder.name()>
<#if done?has_content><@f.notice "stakeholder.done." + done/></#if>
<@f.errorSummary errors/>
<p><a href="/stakeholders">${t("stakeholder.back")}</a></p>
<dl class="facts">
  <dt>${t("stakeholder.field.kind")}</dt><dd>${t("stakeholder.kind." + stakeholder.kind())} (${stakeholder.internal()?then(t("stakeholder.internal"), t("stakeholder.external"))})</dd>
  <#if stakeholder.orgNumber()??><dt>${t("stakeholder.field.orgNumber")}</dt><dd>${stakeholder.orgNumberText()}</dd></#if>
  <#if stakeholder.address()?has_content><dt>${t("stakeholder.field.address")}</dt><dd>${stakeholder.address()}</dd></#if>
  <#if stakeholder.web()?has_content><dt>${t("stakeholder.field.web")}</dt><dd><a href="${stakeholder.web()}" rel="noopener">${stakeholder.web()}</a></dd></#if>
  <#if stakeholder.description()?has_content><dt>${t("stakeholder.field.description")}</dt><dd>${stakeholder.description()}</dd></#if>
</dl>
<#if canEdit><p class="actions"><a class="button button--quiet" href="/stakeholders/organisations/${stakeholder.id()?c}/edit">${t("stakeholder.edit.title")}</a></p></#if>

<h2 id="relations-heading">${t("stakeholder.relations")}</h2>
<#if relations?has_content>
<ul class="relations">
<#list relations as r>
  <li><#if r.incoming()><a href="/stakeholders/organisations/${r.other().id()?c}">${r.other().name()}</a> ${t("stakeholder.relation." + r.kind())} ${stakeholder.name()}<#else>${stakeholder.name()} ${t("stakeholder.relation." + r.kind())} <a href="/stakeholders/organisations/${r.other().id()?c}">${r.other().name()}</a></#if>
    <@p.period r.row()/>
    <#if canEdit><form method="post" action="/stakeholders/relations/${r.id()?c}/delete" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.remove")}<span class="visually-hidden"> ${r.other().name()}</span></button></form></#if>
  </li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.relations.none")}</p>
</#if>
<#if canEdit && others?has_content>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/relations" class="form" novalidate>
  <@f.csrfField/>
  <fieldset>
    <legend>${t("stakeholder.relations.add")}</legend>
    <#assign kindOptions = []><#list relationKinds as k><#assign kindOptions = kindOptions + [[k, t("stakeholder.relation." + k)]]></#list>
    <@f.select errors=errors name="kind" label=t("stakeholder.field.relation") options=kindOptions selected=relationForm.kindName() required=true empty=t("stakeholder.choose")/>
    <#assign otherOptions = []><#list others as o><#assign otherOptions = otherOptions + [[o.id()?c, o.name()]]></#list>
    <@f.select errors=errors name="other" label=t("stakeholder.field.other") options=otherOptions selected=relationForm.otherText() required=true empty=t("stakeholder.choose")/>
    <@p.periodFields errors relationForm/>
    <button type="submit" class="button">${t("stakeholder.relations.add")}</button>
  </fieldset>
</form>
</#if>

<#if canPersonal>
<h2>${t("stakeholder.people")}</h2>
<#if people?has_content>
<ul>
<#list people as role>
  <li><a href="/stakeholders/contacts/${role.contact().id()?c}">${role.contact().name()}</a><#if role.row().roleTitle()?has_content>, ${role.row().roleTitle()}</#if> <@p.period role.row()/></li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.people.none")}</p>
</#if>
</#if>
</@layout.page>
