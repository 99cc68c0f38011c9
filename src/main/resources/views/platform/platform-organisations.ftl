<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("platform.organisations.title")>
<#if done?has_content><@f.notice "platform.done." + done/></#if>
<@f.problem actionError/>
<#if createdLink?has_content>
<div class="notice notice--link" role="status">
  <p>${t("staff.invite.created", createdEmail)}</p>
  <label for="created-link">${t("staff.invite.link")}</label>
  <input id="created-link" type="text" readonly value="${createdLink}" class="copy-field">
  <p class="hint">${t("staff.invite.link.hint")}</p>
</div>
</#if>
<h2 id="orgs-heading">${t("platform.organisations.list")}</h2>
<div class="table-wrap" role="region" aria-labelledby="orgs-heading" tabindex="0">
<table>
  <thead><tr><th scope="col">${t("platform.col.name")}</th><th scope="col">${t("organisation.kind")}</th><th scope="col">${t("platform.col.created")}</th><th scope="col">${t("platform.col.invite-admin")}</th></tr></thead>
  <tbody>
  <#list organisations as o>
  <tr>
    <th scope="row">${o.name()}</th>
    <td>${t("organisation.kind." + o.kind().name())}</td>
    <td><time datetime="${fmt.iso(o.createdAt())}">${fmt.date(o.createdAt())}</time></td>
    <td>
      <form method="post" action="/platform/organisations/${o.id()?c}/invite-admin" class="inline-form">
        <@f.csrfField/>
        <label for="invite-${o.id()?c}" class="visually-hidden">${t("platform.invite-admin.email", o.name())}</label>
        <input id="invite-${o.id()?c}" name="adminEmail" type="email" autocomplete="off">
        <button type="submit" class="button button--small">${t("platform.invite-admin.submit")}<span class="visually-hidden"> ${o.name()}</span></button>
      </form>
    </td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<h2>${t("platform.organisations.new")}</h2>
<@f.errorSummary errors/>
<form method="post" action="/platform/organisations" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="name" label=t("platform.col.name") value=formName required=true maxlength=200/>
  <#assign kindOptions = []><#list kinds as k><#assign kindOptions = kindOptions + [[k, t("organisation.kind." + k)]]></#list>
  <@f.select errors=errors name="kind" label=t("organisation.kind") options=kindOptions selected=formKind required=true empty=t("form.choose")/>
  <#assign parentOptions = []><#list organisations as o><#assign parentOptions = parentOptions + [[o.id()?c, o.name()]]></#list>
  <@f.select errors=errors name="parentId" label=t("platform.parent") options=parentOptions selected=formParent empty=t("platform.parent.none") hint=t("platform.parent.hint")/>
  <@f.input errors=errors name="adminEmail" label=t("platform.admin-email") value=formAdminEmail type="email" autocomplete="off" hint=t("platform.admin-email.hint")/>
  <button type="submit" class="button">${t("platform.organisations.submit")}</button>
</form>
</@layout.page>
