<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as g>
<#assign label = element.label(lang.code())>
<#assign fwName = framework.name(lang.code())>
<#if element.isGoal()><#assign heading = t("goals.goal-heading", element.code(), label.value())><#else><#assign heading = t("goals.target-heading", element.code(), label.value())></#if>
<@layout.page title=heading>
<nav aria-label="${t("goals.breadcrumbs")}" class="breadcrumbs"><ol>
  <li><a href="/goals">${t("goals.title")}</a></li>
  <li><a href="/goals/${framework.key()}"><@g.text fwName/></a></li>
  <#if !element.isGoal()><li><a href="/goals/${framework.key()}/${goal.code()}">${goal.code()} <@g.text goal.label(lang.code())/></a></li></#if>
  <li aria-current="page">${element.code()}</li>
</ol></nav>
<@f.notice doneKey/>
<#if label.lang() != lang.code()><p class="hint">${t("goals.untranslated")}</p></#if>
<div class="element-header ${goal.colourClass()}">
  <span class="goal-badge" aria-hidden="true">${goal.code()}</span>
  <div>
    <p class="element-header__title"><@g.text label/></p>
    <#if goal.dimensionList()?has_content><p>${t("goals.dimensions")}: <@g.dimensions goal/></p></#if>
  </div>
</div>
<#assign official = element.officialTitle(lang.code())>
<#if !framework.isOwned()>
<section aria-labelledby="official-heading">
  <h2 id="official-heading">${t("goals.official")}</h2>
  <#if official.value()?has_content>
  <blockquote class="official-text"><p><@g.text official/></p></blockquote>
  <#if official.lang() != lang.code()><p class="hint">${t("goals.official.other-language")}</p></#if>
  <#else>
  <p>${t("goals.official.missing")}<#if framework.sourceUrl()?has_content> <a href="${framework.sourceUrl()}" rel="external">${t("goals.source")}</a></#if></p>
  </#if>
</section>
</#if>
<#assign description = element.description(lang.code())>
<#if description.value()?has_content><p class="lead"><@g.text description/></p></#if>

<#if element.children()?has_content>
<section aria-labelledby="targets-heading">
  <h2 id="targets-heading">${t("goals.targets")}</h2>
  <ul class="target-list">
  <#list element.children() as target>
    <li><a href="/goals/${framework.key()}/${target.code()}"><span class="goal-code">${target.code()}</span> <@g.text target.label(lang.code())/></a></li>
  </#list>
  </ul>
</section>
</#if>

<#if framework.isOwned()>
<section aria-labelledby="mappings-heading">
  <h2 id="mappings-heading">${t("goals.mappings")}</h2>
  <#if mappings?has_content>
  <ul class="mapping-list">
  <#list mappings as m>
    <li class="mapping ${m.target().colourClass()}">
      <p class="mapping__target"><a href="/goals/${m.targetFramework().key()}/${m.target().code()}"><span class="goal-code">${m.target().code()}</span> <@g.text m.target().label(lang.code())/></a>
        <span class="mapping__framework">(<@g.text m.targetFramework().name(lang.code())/>)</span></p>
      <#if canEdit>
      <form method="post" action="/goals/own/mappings/${m.id()?c}" class="form form--row">
        <@f.csrfField/>
        <div class="field">
          <label for="note-${m.id()?c}">${t("goals.mapping.note-for", m.target().code())}</label>
          <input id="note-${m.id()?c}" name="note" type="text" value="${m.note()}" maxlength="2000" dir="auto">
        </div>
        <button type="submit" class="button button--small">${t("goals.mapping.save-note")}</button>
      </form>
      <form method="post" action="/goals/own/mappings/${m.id()?c}/delete" class="inline-form">
        <@f.csrfField/>
        <button type="submit" class="button button--small button--quiet">${t("goals.mapping.remove", m.target().code())}</button>
      </form>
      <#elseif m.note()?has_content>
      <p dir="auto">${m.note()}</p>
      </#if>
    </li>
  </#list>
  </ul>
  <#else>
  <p>${t("goals.mappings.none")}</p>
  </#if>
</section>
<#if canEdit>
<section class="panel" aria-labelledby="map-heading">
  <h2 id="map-heading">${t("goals.mapping.add")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/goals/own/${framework.key()}/${element.code()}/mappings" class="form form--wide" novalidate>
    <@f.csrfField/>
    <#if errors.has("targets")><p class="field-error" id="targets"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
    <@g.picker model=picker legend=t("goals.mapping.targets") hint=t("goals.mapping.targets-hint")/>
    <@f.textarea errors=errors name="note" label=t("goals.mapping.note") value=note hint=t("goals.mapping.note-hint") maxlength=2000/>
    <button type="submit" class="button">${t("goals.mapping.add-submit")}</button>
  </form>
</section>
<section class="panel" aria-labelledby="edit-heading">
  <h2 id="edit-heading">${t("goals.own.edit")}</h2>
  <form method="post" action="/goals/own/${framework.key()}/${element.code()}" class="form" novalidate>
    <@f.csrfField/>
    <@f.translatedInput errors=errors name="title" label=t("goals.own.goal-title") values=titles required=true maxlength=300/>
    <@f.translatedInput errors=errors name="goal-description" label=t("goals.own.goal-description") values=descriptions multiline=true maxlength=4000/>
    <@f.input errors=errors name="code" label=t("goals.own.code") value=code maxlength=20/>
    <button type="submit" class="button">${t("form.save")}</button>
  </form>
  <h3>${t("goals.own.delete-goal")}</h3>
  <p>${t("goals.own.delete-goal-text")}</p>
  <form method="post" action="/goals/own/${framework.key()}/${element.code()}/delete">
    <@f.csrfField/>
    <button type="submit" class="button button--danger">${t("goals.own.delete-goal-submit", element.code())}</button>
  </form>
</section>
</#if>
<#else>
<#if !element.children()?has_content>
<section aria-labelledby="links-heading">
  <h2 id="links-heading">${t("goals.links")}</h2>
  <#if linkGroups?has_content>
  <#list linkGroups as group>
  <h3>${t(group.heading)}</h3>
  <ul class="link-list">
  <#list group.links as link>
    <li><a href="${link.href()}"><@g.text link.title()/></a> <span class="link-list__context">(<@g.text link.context()/>)</span>
      <#if link.detail().value()?has_content><p dir="auto">${link.detail().value()}</p></#if></li>
  </#list>
  </ul>
  </#list>
  <#else>
  <p>${t("goals.links.none")}</p>
  </#if>
</section>
</#if>
</#if>
</@layout.page>
