<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("platform.networks.title")>
<#if done?has_content><@f.notice "platform.done." + done/></#if>
<#list networks as entry>
<#assign n = entry.network>
<section class="panel" aria-labelledby="network-${n.id()?c}">
  <h2 id="network-${n.id()?c}">${n.name()}</h2>
  <#if n.description()?has_content><p dir="auto">${n.description()}</p></#if>
  <h3>${t("network.members")}</h3>
  <#if entry.members?has_content>
  <ul class="plain-list">
  <#list entry.members as m>
    <li>${m.organisation().name()}<#if m.coordinator()> <span class="tag">${t("network.coordinator")}</span></#if>
      <form method="post" action="/platform/networks/${n.id()?c}/members/${m.organisation().id()?c}/remove" class="inline-form">
        <@f.csrfField/>
        <button type="submit" class="button button--small button--quiet">${t("network.remove")}<span class="visually-hidden"> ${m.organisation().name()}</span></button>
      </form>
    </li>
  </#list>
  </ul>
  <#else><p>${t("network.members.none")}</p></#if>
  <form method="post" action="/platform/networks/${n.id()?c}/members" class="form form--row">
    <@f.csrfField/>
    <div class="field">
      <label for="member-${n.id()?c}">${t("network.add.organisation")}</label>
      <select id="member-${n.id()?c}" name="organisationId" required>
        <#list organisations as o><option value="${o.id()?c}">${o.name()}</option></#list>
      </select>
    </div>
    <div class="checkbox">
      <input type="checkbox" id="coordinator-${n.id()?c}" name="coordinator" value="yes">
      <label for="coordinator-${n.id()?c}">${t("network.add.coordinator")}</label>
    </div>
    <button type="submit" class="button button--small">${t("network.add.submit")}<span class="visually-hidden"> ${n.name()}</span></button>
  </form>
</section>
<#else>
<p>${t("network.none")}</p>
</#list>
<h2>${t("platform.networks.new")}</h2>
<@f.errorSummary errors/>
<form method="post" action="/platform/networks" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="name" label=t("network.name") value=formName required=true maxlength=200/>
  <@f.textarea errors=errors name="description" label=t("network.description") value=formDescription maxlength=2000/>
  <button type="submit" class="button">${t("platform.networks.submit")}</button>
</form>
</@layout.page>
