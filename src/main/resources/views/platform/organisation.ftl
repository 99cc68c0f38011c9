<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#macro unitTree nodes>
<ul class="tree">
<#list nodes as node>
  <li>
    <span class="tree__item"><a href="/admin/organisation/units/${node.unit().id()?c}">${node.unit().name()}</a>
      <span class="tag">${t("unit.kind." + node.unit().kind().name())}</span></span>
    <#if node.children()?has_content><@unitTree node.children()/></#if>
  </li>
</#list>
</ul>
</#macro>
<@layout.page title=organisation.name()>
<#if done?has_content><@f.notice "unit.done." + done/></#if>
<@f.problem actionError/>
<dl class="details">
  <dt>${t("organisation.kind")}</dt><dd>${t("organisation.kind." + organisation.kind().name())}</dd>
  <dt>${t("organisation.networks")}</dt>
  <dd><#if networks?has_content><#list networks as n><a href="/networks/${n.id()?c}">${n.name()}</a><#sep>, </#list><#else>${t("organisation.networks.none")}</#if></dd>
</dl>

<h2>${t("unit.tree.title")}</h2>
<#if tree?has_content>
<@unitTree tree/>
<#else>
<p>${t("unit.tree.empty")}</p>
</#if>

<h2>${t("unit.new.title")}</h2>
<@f.errorSummary errors/>
<form method="post" action="/admin/organisation/units" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="name" label=t("unit.name") value=formName required=true maxlength=200/>
  <#assign kindOptions = []><#list kinds as k><#assign kindOptions = kindOptions + [[k, t("unit.kind." + k)]]></#list>
  <@f.select errors=errors name="kind" label=t("unit.kind") options=kindOptions selected=formKind required=true empty=t("form.choose")/>
  <#assign parentOptions = []><#list units as u><#assign parentOptions = parentOptions + [[u.id()?c, u.name()]]></#list>
  <@f.select errors=errors name="parentId" label=t("unit.parent") options=parentOptions selected=formParent empty=t("unit.parent.none")/>
  <button type="submit" class="button">${t("unit.new.submit")}</button>
</form>
</@layout.page>
