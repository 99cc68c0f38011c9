<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as g>
<#assign fwName = framework.name(lang.code())>
<@layout.page title=fwName.value()>
<nav aria-label="${t("goals.breadcrumbs")}" class="breadcrumbs"><ol><li><a href="/goals">${t("goals.title")}</a></li><li aria-current="page"><@g.text fwName/></li></ol></nav>
<@f.notice doneKey/>
<#assign description = framework.description(lang.code())>
<#if description.value()?has_content><p class="lead"><@g.text description/></p></#if>
<p>${t("goals.kind." + framework.kind())}<#if framework.sourceUrl()?has_content> · <a href="${framework.sourceUrl()}" rel="external">${t("goals.source")}</a></#if></p>
<#if canEdit><@f.errorSummary errors/></#if>
<#if framework.key() == "agenda2030">
  <@g.tiles framework/>
  <h2>${t("goals.targets")}</h2>
<#elseif framework.goals()?has_content>
  <h2>${t("goals.title")}</h2>
</#if>
<#if framework.goals()?has_content>
<ol class="goal-list">
<#list framework.goals() as goal>
  <li class="goal-list__goal ${goal.colourClass()}" id="goal-${goal.code()}">
    <h3><a href="/goals/${framework.key()}/${goal.code()}"><span class="goal-code">${goal.code()}</span> <@g.text goal.label(lang.code())/></a></h3>
    <#if goal.dimensionList()?has_content><p><@g.dimensions goal/></p></#if>
    <#if framework.isOwned() && (mappingCounts[goal.id()?c]!0) gt 0><p>${t("goals.mapping-count.plural", mappingCounts[goal.id()?c])}</p></#if>
    <#if goal.children()?has_content>
    <ul class="target-list">
    <#list goal.children() as target>
      <li id="goal-${target.code()}"><a href="/goals/${framework.key()}/${target.code()}"><span class="goal-code">${target.code()}</span> <@g.text target.label(lang.code())/></a><#if framework.isOwned() && (mappingCounts[target.id()?c]!0) gt 0> <span class="tag">${t("goals.mapping-count.plural", mappingCounts[target.id()?c])}</span></#if></li>
    </#list>
    </ul>
    </#if>
  </li>
</#list>
</ol>
<#else>
<p>${t("goals.own.empty")}</p>
</#if>
<#if canEdit>
<section class="panel" aria-labelledby="add-heading">
  <h2 id="add-heading">${t("goals.own.add")}</h2>
  <p class="hint">${t("goals.own.add-hint")}</p>
  <form method="post" action="/goals/own/${framework.key()}/goals" class="form" novalidate>
    <@f.csrfField/>
    <#assign parentOptions = []><#list framework.goals() as goal><#assign parentOptions = parentOptions + [[goal.code(), goal.code() + " " + goal.label(lang.code()).value()]]></#list>
    <@f.select errors=errors name="parent" label=t("goals.own.parent") options=parentOptions selected=newParent empty=t("goals.own.parent.none")/>
    <@f.translatedInput errors=errors name="title" label=t("goals.own.goal-title") values=newTitles required=true maxlength=300/>
    <@f.translatedInput errors=errors name="goal-description" label=t("goals.own.goal-description") values=newDescriptions multiline=true maxlength=4000/>
    <@f.input errors=errors name="code" label=t("goals.own.code") value=newCode hint=t("goals.own.code-hint") maxlength=20/>
    <button type="submit" class="button">${t("goals.own.add-submit")}</button>
  </form>
</section>
<section class="panel" aria-labelledby="rename-heading">
  <h2 id="rename-heading">${t("goals.own.rename")}</h2>
  <form method="post" action="/goals/own/${framework.key()}" class="form" novalidate>
    <@f.csrfField/>
    <@f.translatedInput errors=errors name="name" label=t("goals.own.name") values=names required=true maxlength=200/>
    <@f.translatedInput errors=errors name="description" label=t("goals.own.description") values=descriptions multiline=true maxlength=4000/>
    <button type="submit" class="button">${t("form.save")}</button>
  </form>
  <h3>${t("goals.own.delete")}</h3>
  <p>${t("goals.own.delete-text")}</p>
  <form method="post" action="/goals/own/${framework.key()}/delete">
    <@f.csrfField/>
    <button type="submit" class="button button--danger">${t("goals.own.delete-submit", fwName.value())}</button>
  </form>
</section>
</#if>
</@layout.page>
