<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("staff.title")>
<p class="lead">${t("staff.lead", organisation.name())}</p>
<#if done?has_content><@f.notice "staff.done." + done/></#if>
<@f.problem actionError/>
<#if createdLink?has_content>
<div class="notice notice--link" role="status">
  <p>${t("staff.invite.created", createdEmail)}</p>
  <label for="created-link">${t("staff.invite.link")}</label>
  <input id="created-link" type="text" readonly value="${createdLink}" class="copy-field">
  <p class="hint">${t("staff.invite.link.hint")}</p>
</div>
</#if>

<h2 id="staff-heading">${t("staff.list.title")}</h2>
<div class="table-wrap" role="region" aria-labelledby="staff-heading" tabindex="0">
<table>
  <thead><tr>
    <th scope="col">${t("staff.col.name")}</th>
    <th scope="col">${t("staff.col.email")}</th>
    <th scope="col">${t("staff.col.status")}</th>
    <th scope="col">${t("staff.col.roles")}</th>
    <th scope="col">${t("staff.col.actions")}</th>
  </tr></thead>
  <tbody>
  <#list staff as s>
  <tr>
    <th scope="row">${s.displayName()}</th>
    <td>${s.email()}</td>
    <td><#if s.active()>${t("staff.status.active")}<#else>${t("staff.status.inactive")}</#if></td>
    <td>
      <form method="post" action="/admin/staff/${s.id()?c}/roles" class="roles-form">
        <@f.csrfField/>
        <fieldset>
          <legend class="visually-hidden">${t("staff.roles.legend", s.displayName())}</legend>
          <#list assignableRoles as r>
          <div class="checkbox">
            <input type="checkbox" id="role-${s.id()?c}-${r}" name="roles" value="${r}"<#if s.has(r)> checked</#if>>
            <label for="role-${s.id()?c}-${r}">${t("role." + r)}</label>
          </div>
          </#list>
        </fieldset>
        <button type="submit" class="button button--small">${t("staff.roles.save")}<span class="visually-hidden"> ${s.displayName()}</span></button>
      </form>
    </td>
    <td class="actions">
      <#if s.id() != self>
      <#if s.active()>
      <form method="post" action="/admin/staff/${s.id()?c}/deactivate" class="inline-form">
        <@f.csrfField/>
        <button type="submit" class="button button--small button--quiet">${t("staff.deactivate")}<span class="visually-hidden"> ${s.displayName()}</span></button>
      </form>
      <#else>
      <form method="post" action="/admin/staff/${s.id()?c}/reactivate" class="inline-form">
        <@f.csrfField/>
        <button type="submit" class="button button--small button--quiet">${t("staff.reactivate")}<span class="visually-hidden"> ${s.displayName()}</span></button>
      </form>
      </#if>
      <details class="danger">
        <summary>${t("staff.erase")}<span class="visually-hidden"> ${s.displayName()}</span></summary>
        <form method="post" action="/admin/staff/${s.id()?c}/erase">
          <@f.csrfField/>
          <p>${t("staff.erase.explain")}</p>
          <div class="checkbox">
            <input type="checkbox" id="erase-${s.id()?c}" name="confirm" value="yes">
            <label for="erase-${s.id()?c}">${t("staff.erase.confirm", s.displayName())}</label>
          </div>
          <button type="submit" class="button button--small button--danger">${t("staff.erase.submit")}</button>
        </form>
      </details>
      <#else>
      ${t("staff.you")}
      </#if>
    </td>
  </tr>
  </#list>
  </tbody>
</table>
</div>

<h2>${t("staff.invite.title")}</h2>
<@f.errorSummary errors/>
<form method="post" action="/admin/staff/invite" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="email" label=t("staff.invite.email") value=inviteEmail type="email" autocomplete="off" required=true/>
  <fieldset id="roles" class="field<#if errors.has("roles")> field--error</#if>"<#if errors.has("roles")> aria-describedby="roles-error"</#if>>
    <legend>${t("staff.invite.roles")} <span class="required">${t("form.required")}</span></legend>
    <#if errors.has("roles")><p class="field-error" id="roles-error">${t(errors.fields["roles"])}</p></#if>
    <#list assignableRoles as r>
    <div class="checkbox">
      <input type="checkbox" id="invite-role-${r}" name="roles" value="${r}"<#if inviteRoles?seq_contains(r)> checked</#if>>
      <label for="invite-role-${r}">${t("role." + r)}</label>
    </div>
    </#list>
  </fieldset>
  <button type="submit" class="button">${t("staff.invite.submit")}</button>
</form>

<h2>${t("staff.invitations.title")}</h2>
<#if invitations?has_content>
<ul class="plain-list">
<#list invitations as i>
  <li>${i.email()} – <#list i.roleSet() as r>${t("role." + r.name())}<#sep>, </#list> – ${t("staff.invitations.expires")} <time datetime="${fmt.iso(i.expiresAt())}">${fmt.dateTime(i.expiresAt())}</time>
    <form method="post" action="/admin/staff/invitations/${i.id()?c}/revoke" class="inline-form">
      <@f.csrfField/>
      <button type="submit" class="button button--small button--quiet">${t("staff.invitations.revoke")}<span class="visually-hidden"> ${i.email()}</span></button>
    </form>
  </li>
</#list>
</ul>
<#else>
<p>${t("staff.invitations.none")}</p>
</#if>
</@layout.page>
